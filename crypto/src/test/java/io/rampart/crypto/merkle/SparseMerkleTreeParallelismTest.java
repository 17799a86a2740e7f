package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The common-pool and sequential paths of a sparse tree give the same roots and stores. */
class SparseMerkleTreeParallelismTest {
  private static final int DEPTH = 32;

  /**
   * Keys per batch: above the 2,048 at which hashing goes to the pool, and (about 20 new nodes per
   * random key) far above the 8,192 node writes at which the in-memory store applies in parallel.
   */
  private static final int BATCH = 3_000;

  static List<Hasher> hashers() {
    return TestHashers.ALL;
  }

  private static Bytes32 leaf(Hasher h, long seed) {
    return h.hash(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void sequentialAndCommonPoolGiveTheSameRootsAndStores(Hasher h) {
    InMemoryNodeStore pooledStore = new InMemoryNodeStore(DEPTH, Parallelism.COMMON_POOL);
    InMemoryNodeStore sequentialStore = new InMemoryNodeStore(DEPTH, Parallelism.SEQUENTIAL);
    var pooled = new SparseMerkleTree(h, DEPTH, pooledStore, Parallelism.COMMON_POOL);
    var sequential = new SparseMerkleTree(h, DEPTH, sequentialStore, Parallelism.SEQUENTIAL);
    assertThat(pooled.parallelism()).isEqualTo(Parallelism.COMMON_POOL);
    assertThat(sequential.parallelism()).isEqualTo(Parallelism.SEQUENTIAL);

    SplittableRandom rnd = new SplittableRandom(0x5eed_2026L);
    Set<Long> touched = new HashSet<>();
    long[] previous = new long[BATCH];
    for (int round = 0; round < 3; round++) {
      long[] keys = new long[BATCH];
      Bytes32[] leaves = new Bytes32[BATCH];
      for (int i = 0; i < BATCH; i++) {
        // Later rounds overwrite or delete half of the previous keys and add new ones.
        keys[i] = round > 0 && i % 2 == 0 ? previous[i] : rnd.nextLong() >>> (64 - DEPTH);
        leaves[i] = round > 0 && i % 4 == 0 ? EmptyHashes.EMPTY_LEAF : leaf(h, rnd.nextLong());
        touched.add(keys[i]);
      }
      previous = keys;

      Bytes32 root = sequential.setAll(keys, leaves);
      assertThat(pooled.setAll(keys, leaves)).as("round %d", round).isEqualTo(root);
      assertThat(pooled.root()).isEqualTo(sequential.root());
      assertSameStores(pooledStore, sequentialStore, touched);
    }
    assertThat(sequential.root()).isNotEqualTo(SparseMerkleTree.emptyRoot(h, DEPTH));
    long key = previous[1];
    assertThat(pooled.prove(key)).isEqualTo(sequential.prove(key));
  }

  /**
   * Every stored node lies on the path of a leaf once set, so equal node counts per level and equal
   * nodes on all those paths mean equal stores.
   */
  private static void assertSameStores(InMemoryNodeStore a, InMemoryNodeStore b, Set<Long> keys) {
    for (int level = 0; level <= DEPTH; level++) {
      assertThat(a.size(level)).as("nodes on level %d", level).isEqualTo(b.size(level));
    }
    byte[] x = new byte[32];
    byte[] y = new byte[32];
    for (long key : keys) {
      for (int level = 0; level <= DEPTH; level++) {
        long index = key >>> level;
        long inA = a.get(level, index, x, 0);
        assertThat(b.get(level, index, y, 0)).isEqualTo(inA);
        if (inA != NodeStore.ABSENT) {
          assertThat(y).as("level %d index %d", level, index).isEqualTo(x);
        }
      }
    }
  }

  @Test
  void aSequentialTreeHashesOnlyOnTheCallingThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Hasher recording =
        new Hasher() {
          @Override
          public String name() {
            return "thread-recording keccak256";
          }

          @Override
          public Bytes32 hash(byte[] data, int off, int len) {
            threads.add(Thread.currentThread());
            return Keccak256.INSTANCE.hash(data, off, len);
          }

          @Override
          public void combine(byte[] in, int inOff, byte[] out, int outOff) {
            threads.add(Thread.currentThread());
            Keccak256.INSTANCE.combine(in, inOff, out, outOff);
          }
        };
    SparseMerkleTree tree = SparseMerkleTree.inMemory(recording, DEPTH, Parallelism.SEQUENTIAL);
    SplittableRandom rnd = new SplittableRandom(7);
    long[] keys = new long[BATCH];
    Bytes32[] leaves = new Bytes32[BATCH];
    for (int i = 0; i < BATCH; i++) {
      keys[i] = rnd.nextLong() >>> (64 - DEPTH);
      leaves[i] = leaf(Keccak256.INSTANCE, i);
    }
    tree.setAll(keys, leaves);
    assertThat(threads).containsExactly(Thread.currentThread());
    assertThat(tree.fork().parallelism()).isEqualTo(Parallelism.SEQUENTIAL);
  }
}
