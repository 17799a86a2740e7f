package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The store keeps leaves, the root, nodes over two or more leaves and the tops of one-leaf
 * subtrees, and nothing else; whatever the sequence of inserts, updates and deletes (which push
 * one-leaf tops down and pull them up), the stored nodes, the root and every proof are those of the
 * plain tree computed from scratch.
 */
class CompressedStorePropertyTest {

  @Provide
  Arbitrary<SparseMerkleTreePropertyTest.Scenario> scenarios() {
    return new SparseMerkleTreePropertyTest().scenarios();
  }

  @Property(tries = 120)
  void storeRootAndProofsMatchThePlainTreeAfterEveryStep(
      @ForAll("scenarios") SparseMerkleTreePropertyTest.Scenario s,
      @ForAll("deletions") List<Integer> deletions,
      @ForAll long extra) {
    InMemoryNodeStore store = new InMemoryNodeStore(s.depth());
    SparseMerkleTree tree = new SparseMerkleTree(s.hasher(), s.depth(), store);
    Map<Long, Bytes32> model = new HashMap<>();
    for (int b = 0; b < 2; b++) {
      tree.setAll(s.keys()[b], s.leaves()[b]);
      for (int i = 0; i < s.keys()[b].length; i++) {
        model.put(s.keys()[b][i], s.leaves()[b][i]);
      }
      check(s.hasher(), s.depth(), tree, store, model, extra);
    }
    // Then delete present leaves, one at a time or a few together, down to the empty tree.
    List<Long> present = new ArrayList<>(present(model).keySet());
    int next = 0;
    while (!present.isEmpty()) {
      int take = Math.min(present.size(), 1 + deletions.get(next++ % deletions.size()) % 3);
      long[] keys = new long[take];
      Bytes32[] leaves = new Bytes32[take];
      for (int i = 0; i < take; i++) {
        keys[i] = present.remove((deletions.get(next++ % deletions.size()) + i) % present.size());
        leaves[i] = EmptyHashes.EMPTY_LEAF;
        model.put(keys[i], EmptyHashes.EMPTY_LEAF);
      }
      tree.setAll(keys, leaves);
      check(s.hasher(), s.depth(), tree, store, model, extra);
    }
    assertThat(store.size()).isZero();
  }

  @Provide
  Arbitrary<List<Integer>> deletions() {
    return Arbitraries.integers().between(0, 1_000).list().ofMinSize(1).ofMaxSize(20);
  }

  @Test
  void deletingASiblingPullsTheOtherLeafsTopUpAndAnInsertPushesItDown() {
    Hasher h = Keccak256.INSTANCE;
    InMemoryNodeStore store = new InMemoryNodeStore(8);
    SparseMerkleTree tree = new SparseMerkleTree(h, 8, store);
    Map<Long, Bytes32> model = new HashMap<>();
    tree.setAll(Map.of(0b1000_0000L, leaf(1), 0b1000_0001L, leaf(2)));
    model.put(0b1000_0000L, leaf(1));
    model.put(0b1000_0001L, leaf(2));
    // Two leaves, their seven inner nodes up to and including the root.
    assertThat(store.size()).isEqualTo(2 + 8);
    check(h, 8, tree, store, model, 5);

    tree.set(0b1000_0001L, EmptyHashes.EMPTY_LEAF);
    model.put(0b1000_0001L, EmptyHashes.EMPTY_LEAF);
    // One leaf: the leaf, its top just under the root, the root.
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.size(7)).isEqualTo(1);
    check(h, 8, tree, store, model, 0b1000_0001L);

    tree.set(0b1011_0000L, leaf(3));
    model.put(0b1011_0000L, leaf(3));
    // The keys first differ in bit 5: both tops sit on level 5 under the stored level-6 node.
    assertThat(store.size(5)).isEqualTo(2);
    assertThat(store.size(7)).isEqualTo(1);
    assertThat(store.size()).isEqualTo(2 + 2 + 3);
    check(h, 8, tree, store, model, 0b1000_0100L);
  }

  private static void check(
      Hasher h,
      int depth,
      SparseMerkleTree tree,
      InMemoryNodeStore store,
      Map<Long, Bytes32> model,
      long extra) {
    Map<Long, Bytes32> leaves = present(model);
    assertThat(tree.root()).isEqualTo(ReferenceTrees.sparseRoot(h, depth, leaves));
    assertStoreIsCompressed(h, depth, store, leaves);
    List<Long> keys = new ArrayList<>(model.keySet());
    keys.add(SparseMerkleTreePropertyTest.mask(extra, depth));
    for (long key : keys) {
      MerkleProof proof = tree.prove(key);
      assertThat(proof.leaf()).isEqualTo(leaves.getOrDefault(key, EmptyHashes.EMPTY_LEAF));
      for (int level = 0; level < depth; level++) {
        long sibling = (key >>> level) ^ 1;
        assertThat(proof.siblings().get(level))
            .as("sibling on level %d of key %d", level, key)
            .isEqualTo(node(h, level, sibling, leaves));
      }
      assertThat(SparseMerkleTree.verify(h, depth, tree.root(), proof)).isEqualTo(ProofCheck.VALID);
    }
  }

  /** Every node the rule keeps is stored with its value and tag; the counts say nothing else is. */
  private static void assertStoreIsCompressed(
      Hasher h, int depth, InMemoryNodeStore store, Map<Long, Bytes32> leaves) {
    byte[] out = new byte[32];
    for (int level = 0; level <= depth; level++) {
      int shift = level;
      Map<Long, List<Long>> under = new TreeMap<>();
      for (long key : leaves.keySet()) {
        under.computeIfAbsent(shift >= 64 ? 0 : key >>> shift, k -> new ArrayList<>()).add(key);
      }
      int expected = 0;
      for (Map.Entry<Long, List<Long>> e : under.entrySet()) {
        long index = e.getKey();
        List<Long> keys = e.getValue();
        long tag;
        if (level == 0 || level == depth || keys.size() >= 2) {
          tag = 0;
        } else if (level + 1 == depth || count(leaves, level + 1, index >>> 1) >= 2) {
          tag = 1 + SparseMerkleTreePropertyTest.mask(keys.get(0), level);
        } else {
          assertThat(store.get(level, index, out, 0))
              .as("node on level %d index %d lies under a one-leaf top", level, index)
              .isEqualTo(NodeStore.ABSENT);
          continue;
        }
        expected++;
        assertThat(store.get(level, index, out, 0)).as("tag on level %d", level).isEqualTo(tag);
        assertThat(Bytes32.wrap(out)).isEqualTo(node(h, level, index, leaves));
      }
      assertThat(store.size(level)).as("nodes stored on level %d", level).isEqualTo(expected);
    }
  }

  private static int count(Map<Long, Bytes32> leaves, int level, long index) {
    int n = 0;
    for (long key : leaves.keySet()) {
      if (level >= 64 || key >>> level == index) {
        n++;
      }
    }
    return n;
  }

  /** The value of node ({@code level}, {@code index}) of the plain tree, from scratch. */
  private static Bytes32 node(Hasher h, int level, long index, Map<Long, Bytes32> leaves) {
    Map<Long, Bytes32> below = new HashMap<>();
    for (Map.Entry<Long, Bytes32> e : leaves.entrySet()) {
      if (level >= 64 || e.getKey() >>> level == index) {
        below.put(SparseMerkleTreePropertyTest.mask(e.getKey(), level), e.getValue());
      }
    }
    return ReferenceTrees.sparseRoot(h, level, below);
  }

  private static Map<Long, Bytes32> present(Map<Long, Bytes32> model) {
    Map<Long, Bytes32> out = new HashMap<>();
    model.forEach(
        (k, v) -> {
          if (!v.equals(EmptyHashes.EMPTY_LEAF)) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Bytes32 leaf(int seed) {
    return SparseMerkleTreeTest.leaf(seed);
  }
}
