package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BinaryMerkleTreeTest {

  static List<Hasher> hashers() {
    return TestHashers.ALL;
  }

  static List<byte[]> items(int n) {
    List<byte[]> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(("item " + i).getBytes(StandardCharsets.US_ASCII));
    }
    return items;
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void rootFollowsTheDocumentedRuleForEverySizeUpTo70(Hasher h) {
    for (int n = 0; n <= 70; n++) {
      List<byte[]> items = items(n);
      BinaryMerkleTree tree = BinaryMerkleTree.of(h, items);
      assertThat(tree.size()).isEqualTo(n);
      assertThat(tree.root()).as("n = " + n).isEqualTo(ReferenceTrees.binaryRoot(h, items));
    }
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void theEmptyListHasADefinedRootDistinctFromAnyOneItemList(Hasher h) {
    BinaryMerkleTree empty = BinaryMerkleTree.of(h, List.of());
    assertThat(empty.root()).isEqualTo(h.combine(Bytes32.ZERO, Bytes32.ZERO));
    assertThat(BinaryMerkleTree.of(h, List.of(new byte[0])).root()).isNotEqualTo(empty.root());
    assertThatThrownBy(() -> empty.prove(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void everyProofOfEveryTreeUpTo40Verifies(Hasher h) {
    for (int n = 1; n <= 40; n++) {
      List<byte[]> items = items(n);
      BinaryMerkleTree tree = BinaryMerkleTree.of(h, items);
      for (int i = 0; i < n; i++) {
        BinaryMerkleProof p = tree.prove(i);
        assertThat(p.siblings()).hasSizeLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(n - 1));
        assertThat(BinaryMerkleTree.verifyItem(h, tree.root(), items.get(i), p))
            .as("n = %d, i = %d", n, i)
            .isEqualTo(ProofCheck.VALID);
        assertThat(tree.leaf(i)).isEqualTo(BinaryMerkleTree.leafHash(h, items.get(i)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void aLeafHashIsNotAnInnerNode(Hasher h) {
    // The two leaves' concatenation, given as one item, must not reproduce their parent.
    List<byte[]> two = items(2);
    BinaryMerkleTree tree = BinaryMerkleTree.of(h, two);
    byte[] glued = new byte[64];
    tree.leaf(0).copyTo(glued, 0);
    tree.leaf(1).copyTo(glued, 32);
    assertThat(BinaryMerkleTree.leafHash(h, glued))
        .isNotEqualTo(h.combine(tree.leaf(0), tree.leaf(1)));
    BinaryMerkleProof fake = new BinaryMerkleProof(0, 1, List.of());
    assertThat(BinaryMerkleTree.verifyItem(h, tree.root(), glued, fake).isValid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void verifierNamesWhatIsWrong(Hasher h) {
    List<byte[]> items = items(5);
    BinaryMerkleTree tree = BinaryMerkleTree.of(h, items);
    BinaryMerkleProof p = tree.prove(4);
    Bytes32 leaf = tree.leaf(4);
    Bytes32 root = tree.root();
    assertThat(p.siblings()).hasSize(1);
    assertThat(reason(BinaryMerkleTree.verify(h, root, leaf, null)))
        .isEqualTo(ProofCheck.Reason.MISSING_INPUT);
    assertThat(reason(BinaryMerkleTree.verifyItem(h, root, null, p)))
        .isEqualTo(ProofCheck.Reason.MISSING_INPUT);
    assertThat(
            reason(
                BinaryMerkleTree.verify(h, root, leaf, new BinaryMerkleProof(5, 5, p.siblings()))))
        .isEqualTo(ProofCheck.Reason.OUT_OF_RANGE);
    assertThat(
            reason(
                BinaryMerkleTree.verify(h, root, leaf, new BinaryMerkleProof(-1, 5, p.siblings()))))
        .isEqualTo(ProofCheck.Reason.OUT_OF_RANGE);
    assertThat(
            reason(BinaryMerkleTree.verify(h, root, leaf, new BinaryMerkleProof(0, 0, List.of()))))
        .isEqualTo(ProofCheck.Reason.OUT_OF_RANGE);
    List<Bytes32> more = new ArrayList<>(p.siblings());
    more.add(leaf);
    assertThat(reason(BinaryMerkleTree.verify(h, root, leaf, new BinaryMerkleProof(4, 5, more))))
        .isEqualTo(ProofCheck.Reason.WRONG_SIBLING_COUNT);
    // Claiming a longer list changes the path shape and the bound count.
    assertThat(
            BinaryMerkleTree.verify(h, root, leaf, new BinaryMerkleProof(4, 6, p.siblings()))
                .isValid())
        .isFalse();
  }

  @Test
  void nonCanonicalNodesAreRejectedNotHashed() {
    Hasher c = CanonicalTestHasher.INSTANCE;
    BinaryMerkleTree tree = BinaryMerkleTree.of(c, items(4));
    BinaryMerkleProof p = tree.prove(1);
    List<Bytes32> bad = new ArrayList<>(p.siblings());
    bad.set(0, bad.get(0).flipBit(0));
    assertThat(
            reason(
                BinaryMerkleTree.verify(
                    c, tree.root(), tree.leaf(1), new BinaryMerkleProof(1, 4, bad))))
        .isEqualTo(ProofCheck.Reason.INVALID_NODE);
    assertThat(reason(BinaryMerkleTree.verify(c, tree.root().flipBit(0), tree.leaf(1), p)))
        .isEqualTo(ProofCheck.Reason.INVALID_NODE);
  }

  @Test
  void theLargestCountsAreCheckedWithoutOverflow() {
    Hasher h = CanonicalTestHasher.INSTANCE;
    Bytes32 node = Bytes32.ZERO;
    int accepted = 0;
    for (int k = 0; k <= 32; k++) {
      List<Bytes32> siblings = java.util.Collections.nCopies(k, node);
      BinaryMerkleProof p =
          new BinaryMerkleProof(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, siblings);
      ProofCheck.Reason r = reason(BinaryMerkleTree.verify(h, node, node, p));
      if (r == ProofCheck.Reason.ROOT_MISMATCH) {
        accepted++;
        // The last of 2^31 - 1 leaves is carried up once, at the bottom level.
        assertThat(k).isEqualTo(30);
      } else {
        assertThat(r).isEqualTo(ProofCheck.Reason.WRONG_SIBLING_COUNT);
      }
    }
    assertThat(accepted).isEqualTo(1);
  }

  static ProofCheck.Reason reason(ProofCheck check) {
    return switch (check) {
      case ProofCheck.Valid v -> null;
      case ProofCheck.Invalid(ProofCheck.Reason r, String detail) -> r;
    };
  }
}
