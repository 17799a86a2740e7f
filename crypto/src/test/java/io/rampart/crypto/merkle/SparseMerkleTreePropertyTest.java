package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Batched updates against one-by-one updates and against the recursive reference root, on random
 * depths 1..64 and key sets full of repeats, siblings and shared high bits.
 */
class SparseMerkleTreePropertyTest {

  /** A tree shape and two batches of updates: {@code leaves[b][i]} goes to {@code keys[b][i]}. */
  record Scenario(Hasher hasher, int depth, long[][] keys, Bytes32[][] leaves) {
    @Override
    public String toString() {
      return hasher.name() + " depth " + depth + " batches " + Arrays.deepToString(keys);
    }

    long[] allKeys() {
      return LongStream.concat(Arrays.stream(keys[0]), Arrays.stream(keys[1])).toArray();
    }
  }

  record Step(int kind, long raw, int pick, int leafSeed, boolean delete) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs(),
                Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers(),
                Arbitraries.integers().between(0, 4).map(i -> i == 0))
            .as(Step::new);
    return Combinators.combine(
            TestHashers.arbitrary(),
            Arbitraries.integers().between(1, 64),
            step.list().ofMaxSize(40),
            step.list().ofMaxSize(40))
        .as(SparseMerkleTreePropertyTest::scenario);
  }

  static Scenario scenario(Hasher h, int depth, List<Step> first, List<Step> second) {
    List<Long> pool = new ArrayList<>();
    long[][] keys = new long[2][];
    Bytes32[][] leaves = new Bytes32[2][];
    List<List<Step>> batches = List.of(first, second);
    for (int b = 0; b < 2; b++) {
      List<Step> steps = batches.get(b);
      keys[b] = new long[steps.size()];
      leaves[b] = new Bytes32[steps.size()];
      for (int i = 0; i < steps.size(); i++) {
        Step s = steps.get(i);
        long key =
            switch (pool.isEmpty() ? 0 : s.kind()) {
              case 0 -> mask(s.raw(), depth);
              // a repeat of an earlier key
              case 1 -> pool.get(s.pick() % pool.size());
              // a near neighbour: same high bits, one low bit flipped
              case 2 ->
                  mask(
                      pool.get(s.pick() % pool.size()) ^ (1L << (s.pick() % Math.min(depth, 6))),
                      depth);
              // shares only the top bits with an earlier key
              default -> {
                int low = Math.max(0, depth - 1 - (s.pick() % 4));
                long top = pool.get(s.pick() % pool.size()) >>> low;
                yield mask((top << low) | mask(s.raw(), low), depth);
              }
            };
        pool.add(key);
        keys[b][i] = key;
        leaves[b][i] =
            s.delete() ? EmptyHashes.EMPTY_LEAF : SparseMerkleTreeTest.leaf(s.leafSeed());
      }
    }
    return new Scenario(h, depth, keys, leaves);
  }

  static long mask(long key, int bits) {
    return bits >= 64 ? key : key & ((1L << bits) - 1);
  }

  @Property(tries = 150)
  void batchedEqualsOneByOneEqualsReference(@ForAll("scenarios") Scenario s) {
    SparseMerkleTree batched = SparseMerkleTree.inMemory(s.hasher(), s.depth());
    SparseMerkleTree single = SparseMerkleTree.inMemory(s.hasher(), s.depth());
    Map<Long, Bytes32> model = new HashMap<>();
    for (int b = 0; b < 2; b++) {
      long[] keys = s.keys()[b];
      Bytes32[] leaves = s.leaves()[b];
      batched.setAll(keys, leaves);
      for (int i = 0; i < keys.length; i++) {
        single.set(keys[i], leaves[i]);
        model.put(keys[i], leaves[i]);
      }
      Bytes32 expected = ReferenceTrees.sparseRoot(s.hasher(), s.depth(), model);
      assertThat(batched.root()).isEqualTo(expected);
      assertThat(single.root()).isEqualTo(expected);
    }
    for (Map.Entry<Long, Bytes32> e : model.entrySet()) {
      assertThat(batched.get(e.getKey())).isEqualTo(e.getValue());
    }
  }

  @Property(tries = 100)
  void settingEveryKeyBackToEmptyRestoresTheEmptyTree(@ForAll("scenarios") Scenario s) {
    InMemoryNodeStore store = new InMemoryNodeStore(s.depth());
    SparseMerkleTree tree = new SparseMerkleTree(s.hasher(), s.depth(), store);
    tree.setAll(s.keys()[0], s.leaves()[0]);
    tree.setAll(s.keys()[1], s.leaves()[1]);
    long[] all = s.allKeys();
    // Clear half one by one and the rest in one batch.
    int half = all.length / 2;
    for (int i = 0; i < half; i++) {
      tree.set(all[i], EmptyHashes.EMPTY_LEAF);
    }
    Bytes32[] empties = new Bytes32[all.length - half];
    Arrays.fill(empties, EmptyHashes.EMPTY_LEAF);
    tree.setAll(Arrays.copyOfRange(all, half, all.length), empties);
    assertThat(tree.root()).isEqualTo(SparseMerkleTree.emptyRoot(s.hasher(), s.depth()));
    assertThat(store.size()).isZero();
  }

  @Property(tries = 60)
  void aForkEndsWhereTheSameUpdatesOnTheBaseEnd(@ForAll("scenarios") Scenario s) {
    SparseMerkleTree base = SparseMerkleTree.inMemory(s.hasher(), s.depth());
    base.setAll(s.keys()[0], s.leaves()[0]);
    Bytes32 before = base.root();
    SparseMerkleTree fork = base.fork();
    fork.setAll(s.keys()[1], s.leaves()[1]);
    Bytes32 forkRoot = fork.root();
    assertThat(base.root()).isEqualTo(before);
    assertThat(base.prepare(s.keys()[1], s.leaves()[1]).root()).isEqualTo(forkRoot);
    base.setAll(s.keys()[1], s.leaves()[1]);
    assertThat(base.root()).isEqualTo(forkRoot);
  }
}
