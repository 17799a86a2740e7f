package io.rampart.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.contracts.bridge.KeccakProofVerifier;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.GasMeter;
import io.rampart.l1.merkle.KeccakMerkle;
import io.rampart.l1.state.L1State;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeccakProofVerifierTest {
  private final KeccakProofVerifier verifier = new KeccakProofVerifier();

  private static CallContext ctx() {
    Address a = Address.named("bridge");
    return new CallContext(
        new L1State(),
        new GasMeter(10_000_000, a, a),
        a,
        a,
        Wei.ZERO,
        1,
        1,
        List.of(),
        new ArrayList<>());
  }

  private static List<byte[]> leaves(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new byte[36]);
      out.getLast()[0] = (byte) i;
    }
    return out;
  }

  /** 5 leaves pad to 8: depth 3. Leaf hash of 37 bytes and 3 nodes of 64 bytes: 4 × 42 gas. */
  @Test
  void acceptsEveryLeafAndChargesKeccakPerLevel() {
    List<byte[]> ls = leaves(5);
    Bytes32 root = KeccakMerkle.root(ls);
    for (int i = 0; i < 5; i++) {
      CallContext c = ctx();
      assertThat(verifier.verify(c, root, ls.get(i), i, KeccakMerkle.proof(ls, i))).isTrue();
      assertThat(c.gas().used()).isEqualTo(4 * 42);
    }
  }

  @Test
  void rejectsEveryOneBitTamperingAndBadShapes() {
    List<byte[]> ls = leaves(5);
    Bytes32 root = KeccakMerkle.root(ls);
    List<Bytes32> proof = KeccakMerkle.proof(ls, 3);
    for (int level = 0; level < proof.size(); level++) {
      for (int bit = 0; bit < 256; bit += 37) {
        List<Bytes32> bad = new ArrayList<>(proof);
        bad.set(level, bad.get(level).flipBit(bit));
        assertThat(verifier.verify(ctx(), root, ls.get(3), 3, bad)).isFalse();
      }
    }
    for (int bit = 0; bit < 36 * 8; bit += 29) {
      byte[] leaf = ls.get(3).clone();
      leaf[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
      assertThat(verifier.verify(ctx(), root, leaf, 3, proof)).isFalse();
    }
    assertThat(verifier.verify(ctx(), root.flipBit(9), ls.get(3), 3, proof)).isFalse();
    assertThat(verifier.verify(ctx(), root, ls.get(3), 2, proof)).isFalse();
    assertThat(verifier.verify(ctx(), root, ls.get(3), 3 + 8, proof)).isFalse();
    assertThat(verifier.verify(ctx(), root, ls.get(3), -1, proof)).isFalse();
    assertThat(verifier.verify(ctx(), root, ls.get(3), 3, Collections.nCopies(33, Bytes32.ZERO)))
        .isFalse();
  }
}
