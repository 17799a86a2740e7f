package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Binary-tree proofs verify, and any one-bit change of what they claim is rejected. */
class BinaryMerkleTreePropertyTest {

  @Provide
  Arbitrary<Hasher> hashers() {
    return TestHashers.arbitrary();
  }

  @Provide
  Arbitrary<List<byte[]>> distinctItems() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMaxSize(80)
        .list()
        .ofMinSize(1)
        .ofMaxSize(100)
        .uniqueElements(HexFormat.of()::formatHex);
  }

  @Property(tries = 150)
  void proofsVerifyAndTamperedClaimsFail(
      @ForAll("hashers") Hasher h,
      @ForAll("distinctItems") List<byte[]> items,
      @ForAll @IntRange(min = 0, max = 10_000) int pick,
      @ForAll @IntRange(min = 0, max = 255) int bit) {
    BinaryMerkleTree tree = BinaryMerkleTree.of(h, items);
    assertThat(tree.root()).isEqualTo(ReferenceTrees.binaryRoot(h, items));
    int n = items.size();
    int index = pick % n;
    BinaryMerkleProof p = tree.prove(index);
    Bytes32 root = tree.root();
    Bytes32 leaf = tree.leaf(index);
    assertThat(BinaryMerkleTree.verifyItem(h, root, items.get(index), p))
        .isEqualTo(ProofCheck.VALID);

    assertThat(BinaryMerkleTree.verify(h, root, leaf.flipBit(bit), p).isValid()).isFalse();
    assertThat(BinaryMerkleTree.verify(h, root.flipBit(bit), leaf, p).isValid()).isFalse();
    Tampering.assertCaught(
        h, leaf.flipBit(bit), BinaryMerkleTree.verify(h, root, leaf.flipBit(bit), p));
    Tampering.assertCaught(
        h, root.flipBit(bit), BinaryMerkleTree.verify(h, root.flipBit(bit), leaf, p));
    if (!p.siblings().isEmpty()) {
      List<Bytes32> siblings = new ArrayList<>(p.siblings());
      int s = pick % siblings.size();
      siblings.set(s, siblings.get(s).flipBit(bit));
      BinaryMerkleProof q = new BinaryMerkleProof(index, n, siblings);
      assertThat(BinaryMerkleTree.verify(h, root, leaf, q).isValid()).isFalse();
      Tampering.assertCaught(h, siblings.get(s), BinaryMerkleTree.verify(h, root, leaf, q));
    }
    // Every other in-range index, and every other count, is a false claim for distinct items.
    for (int b = 0; b < 31; b++) {
      int other = index ^ (1 << b);
      if (other < n) {
        BinaryMerkleProof moved = new BinaryMerkleProof(other, n, p.siblings());
        assertThat(BinaryMerkleTree.verify(h, root, leaf, moved).isValid()).isFalse();
      }
      int count = n ^ (1 << b);
      if (count > index && count <= 2 * n + 1) {
        BinaryMerkleProof recounted = new BinaryMerkleProof(index, count, p.siblings());
        assertThat(BinaryMerkleTree.verify(h, root, leaf, recounted).isValid()).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void verifyingArbitraryProofsNeverThrows(
      @ForAll("hashers") Hasher h,
      @ForAll int index,
      @ForAll int count,
      @ForAll @IntRange(min = 0, max = 40) int siblingCount,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Bytes32> siblings = new ArrayList<>();
    for (int i = 0; i < siblingCount; i++) {
      byte[] b = new byte[32];
      rnd.nextBytes(b);
      siblings.add(Bytes32.wrap(b));
    }
    byte[] r = new byte[32];
    rnd.nextBytes(r);
    ProofCheck check =
        BinaryMerkleTree.verify(
            h,
            Bytes32.wrap(r),
            siblings.isEmpty() ? Bytes32.ZERO : siblings.get(0),
            new BinaryMerkleProof(index, count, siblings));
    assertThat(check).isInstanceOf(ProofCheck.Invalid.class);
  }
}
