package io.rampart.l1.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KeccakMerkleTest {

  private static List<byte[]> leaves(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new byte[] {(byte) i, 7, (byte) (i >> 8)});
    }
    return out;
  }

  /** The layout by hand for three leaves: pad with the zero hash to four. */
  @Test
  void threeLeavesByHand() {
    List<byte[]> ls = leaves(3);
    Bytes32 l0 = Keccak256.digest(new byte[] {0, 0, 7, 0});
    Bytes32 l1 = Keccak256.digest(new byte[] {0, 1, 7, 0});
    Bytes32 l2 = Keccak256.digest(new byte[] {0, 2, 7, 0});
    Bytes32 expected =
        Keccak256.INSTANCE.combine(
            Keccak256.INSTANCE.combine(l0, l1), Keccak256.INSTANCE.combine(l2, Bytes32.ZERO));
    assertThat(KeccakMerkle.root(ls)).isEqualTo(expected);
    assertThat(KeccakMerkle.proof(ls, 2))
        .containsExactly(Bytes32.ZERO, Keccak256.INSTANCE.combine(l0, l1));
  }

  @Test
  void edgeCases() {
    assertThat(KeccakMerkle.root(List.of())).isEqualTo(Bytes32.ZERO);
    List<byte[]> one = leaves(1);
    assertThat(KeccakMerkle.root(one)).isEqualTo(KeccakMerkle.leafHash(one.getFirst()));
    assertThat(KeccakMerkle.proof(one, 0)).isEmpty();
    assertThat(KeccakMerkle.verify(KeccakMerkle.root(one), one.getFirst(), 0, List.of())).isTrue();
  }

  @Property(tries = 60)
  void everyLeafVerifiesAndEveryOneBitTamperingFails(
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 0, max = 39) int pick) {
    int idx = pick % n;
    List<byte[]> ls = leaves(n);
    Bytes32 root = KeccakMerkle.root(ls);
    List<Bytes32> proof = KeccakMerkle.proof(ls, idx);
    assertThat(KeccakMerkle.verify(root, ls.get(idx), idx, proof)).isTrue();
    // wrong index, wrong data, flipped bits in proof and root
    assertThat(KeccakMerkle.verify(root, ls.get(idx), idx ^ 1, proof)).isFalse();
    byte[] data = ls.get(idx).clone();
    data[0] ^= 1;
    assertThat(KeccakMerkle.verify(root, data, idx, proof)).isFalse();
    for (int level = 0; level < proof.size(); level++) {
      List<Bytes32> bad = new ArrayList<>(proof);
      bad.set(level, bad.get(level).flipBit(level * 7 % 256));
      assertThat(KeccakMerkle.verify(root, ls.get(idx), idx, bad)).isFalse();
    }
    assertThat(KeccakMerkle.verify(root.flipBit(255), ls.get(idx), idx, proof)).isFalse();
    assertThat(KeccakMerkle.verify(root, ls.get(idx), idx + (1L << proof.size()), proof)).isFalse();
  }
}
