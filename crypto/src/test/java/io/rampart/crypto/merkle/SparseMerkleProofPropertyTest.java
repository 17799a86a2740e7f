package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every proof the tree hands out verifies, and every one-bit change of the leaf, a sibling, the key
 * or the root is rejected, unless the changed claim happens to be true of the tree. The verifier
 * and the decoder never throw, whatever they are given.
 */
class SparseMerkleProofPropertyTest {

  @Provide
  Arbitrary<SparseMerkleTreePropertyTest.Scenario> scenarios() {
    return new SparseMerkleTreePropertyTest().scenarios();
  }

  static SparseMerkleTree build(SparseMerkleTreePropertyTest.Scenario s) {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(s.hasher(), s.depth());
    tree.setAll(s.keys()[0], s.leaves()[0]);
    tree.setAll(s.keys()[1], s.leaves()[1]);
    return tree;
  }

  /** Keys present in the scenario plus a few that probably are not. */
  static List<Long> keysToProve(SparseMerkleTreePropertyTest.Scenario s, long extra) {
    List<Long> keys = new ArrayList<>();
    for (long k : s.allKeys()) {
      keys.add(k);
    }
    keys.add(SparseMerkleTreePropertyTest.mask(extra, s.depth()));
    keys.add(SparseMerkleTreePropertyTest.mask(~extra, s.depth()));
    return keys;
  }

  @Property(tries = 100)
  void proofsVerifyAndOneBitChangesAreRejected(
      @ForAll("scenarios") SparseMerkleTreePropertyTest.Scenario s,
      @ForAll long extra,
      @ForAll @IntRange(min = 0, max = 255) int bit) {
    Hasher h = s.hasher();
    int d = s.depth();
    SparseMerkleTree tree = build(s);
    Bytes32 root = tree.root();
    for (long key : keysToProve(s, extra)) {
      MerkleProof p = tree.prove(key);
      assertThat(p.leaf()).isEqualTo(tree.get(key));
      assertThat(SparseMerkleTree.verify(h, d, root, p)).isEqualTo(ProofCheck.VALID);

      MerkleProof leafFlipped = new MerkleProof(key, p.leaf().flipBit(bit), p.siblings());
      assertThat(SparseMerkleTree.verify(h, d, root, leafFlipped).isValid()).isFalse();
      Tampering.assertCaught(
          h, leafFlipped.leaf(), SparseMerkleTree.verify(h, d, root, leafFlipped));

      assertThat(SparseMerkleTree.verify(h, d, root.flipBit(bit), p).isValid()).isFalse();
      Tampering.assertCaught(
          h, root.flipBit(bit), SparseMerkleTree.verify(h, d, root.flipBit(bit), p));

      int level = Math.floorMod(bit * 31 + (int) key, d);
      List<Bytes32> siblings = new ArrayList<>(p.siblings());
      siblings.set(level, siblings.get(level).flipBit(bit));
      MerkleProof siblingFlipped = new MerkleProof(key, p.leaf(), siblings);
      assertThat(SparseMerkleTree.verify(h, d, root, siblingFlipped).isValid()).isFalse();
      Tampering.assertCaught(
          h, siblings.get(level), SparseMerkleTree.verify(h, d, root, siblingFlipped));

      // A flipped key may only pass if the tree really holds that leaf there (say, two empty
      // neighbours in an empty subtree).
      long otherKey = key ^ (1L << (bit % d));
      MerkleProof keyFlipped = new MerkleProof(otherKey, p.leaf(), p.siblings());
      if (SparseMerkleTree.verify(h, d, root, keyFlipped).isValid()) {
        assertThat(tree.get(otherKey)).isEqualTo(p.leaf());
      }
    }
  }

  @Property(tries = 100)
  void aMembershipProofIsBoundToItsKey(
      @ForAll("scenarios") SparseMerkleTreePropertyTest.Scenario s,
      @ForAll @IntRange(min = 0, max = 63) int bit) {
    SparseMerkleTree tree = build(s);
    for (long key : s.allKeys()) {
      MerkleProof p = tree.prove(key);
      long otherKey = key ^ (1L << (bit % s.depth()));
      if (!p.isMembership() || tree.get(otherKey).equals(p.leaf())) {
        continue;
      }
      MerkleProof moved = new MerkleProof(otherKey, p.leaf(), p.siblings());
      assertThat(SparseMerkleTree.verify(s.hasher(), s.depth(), tree.root(), moved))
          .isInstanceOf(ProofCheck.Invalid.class);
      // Every node is genuine and the key in range: only hashing can catch the move.
      assertThat(SparseMerkleTree.verify(s.hasher(), s.depth(), tree.root(), moved))
          .isInstanceOfSatisfying(
              ProofCheck.Invalid.class,
              i -> assertThat(i.reason()).isEqualTo(ProofCheck.Reason.ROOT_MISMATCH));
    }
  }

  @Property(tries = 80)
  void compressedEncodingRoundTripsAndIsCompact(
      @ForAll("scenarios") SparseMerkleTreePropertyTest.Scenario s, @ForAll long extra) {
    SparseMerkleTree tree = build(s);
    EmptyHashes empty = EmptyHashes.of(s.hasher());
    for (long key : keysToProve(s, extra)) {
      MerkleProof p = tree.prove(key);
      byte[] bytes = p.encode(s.hasher());
      long kept = 0;
      for (int h = 0; h < s.depth(); h++) {
        kept += p.siblings().get(h).equals(empty.at(h)) ? 0 : 1;
      }
      assertThat(bytes).hasSize((int) (41 + (s.depth() + 7) / 8 + 32 * kept));
      assertThat(MerkleProof.decode(bytes, s.hasher(), s.depth()))
          .isEqualTo(new ProofDecoding.Decoded(p));
    }
  }

  @Property(tries = 200)
  void aDamagedEncodingIsRejectedOrDecodesToAProofThatFails(
      @ForAll("scenarios") SparseMerkleTreePropertyTest.Scenario s,
      @ForAll @IntRange(min = 0, max = 20_000) int bit,
      @ForAll @IntRange(min = -3, max = 3) int resize) {
    SparseMerkleTree tree = build(s);
    long key = s.allKeys().length == 0 ? 0 : s.allKeys()[0];
    MerkleProof p = tree.prove(key);
    byte[] bytes = p.encode(s.hasher());
    byte[] damaged = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length + resize));
    if (resize == 0) {
      int b = bit % (8 * bytes.length);
      damaged[b >>> 3] ^= (byte) (0x80 >>> (b & 7));
    }
    switch (MerkleProof.decode(damaged, s.hasher(), s.depth())) {
      case ProofDecoding.Malformed m -> assertThat(m.reason()).isNotBlank();
      case ProofDecoding.Decoded(MerkleProof q) -> {
        assertThat(q).isNotEqualTo(p);
        assertThat(q.encode(s.hasher())).isEqualTo(damaged);
        if (SparseMerkleTree.verify(s.hasher(), s.depth(), tree.root(), q).isValid()) {
          assertThat(tree.get(q.key())).isEqualTo(q.leaf());
        }
      }
    }
  }

  @Property(tries = 300)
  void decodingArbitraryBytesNeverThrows(
      @ForAll @Size(max = 2_200) byte[] bytes, @ForAll @IntRange(min = -2, max = 70) int depth) {
    for (Hasher h : TestHashers.ALL) {
      ProofDecoding result = MerkleProof.decode(bytes, h, depth);
      if (result instanceof ProofDecoding.Decoded(MerkleProof q)) {
        assertThat(q.encode(h)).isEqualTo(bytes);
      }
    }
  }

  @Provide
  Arbitrary<Bytes32> nodes() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(Bytes32::wrap);
  }

  @Property(tries = 300)
  void verifyingArbitraryProofsNeverThrows(
      @ForAll long key,
      @ForAll("nodes") Bytes32 leaf,
      @ForAll("nodes") Bytes32 root,
      @ForAll @Size(max = 70) List<@From("nodes") Bytes32> siblings,
      @ForAll @IntRange(min = -3, max = 70) int depth) {
    MerkleProof p = new MerkleProof(key, leaf, siblings);
    for (Hasher h : TestHashers.ALL) {
      ProofCheck check = SparseMerkleTree.verify(h, depth, root, p);
      assertThat(check).isInstanceOf(ProofCheck.Invalid.class);
    }
  }
}
