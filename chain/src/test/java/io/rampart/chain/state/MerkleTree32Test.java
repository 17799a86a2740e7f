package io.rampart.chain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hash.Sha256;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MerkleTree32Test {
  private static final Hasher H = Keccak256.INSTANCE;

  /** Slow oracle: the root computed recursively from the definition, over a map of leaves. */
  static Bytes32 naiveRoot(Hasher h, Map<Long, Bytes32> leaves) {
    Bytes32[] empty = new Bytes32[33];
    empty[0] = Bytes32.ZERO;
    for (int l = 1; l <= 32; l++) {
      empty[l] = h.combine(empty[l - 1], empty[l - 1]);
    }
    Map<Long, Bytes32> level = new HashMap<>(leaves);
    for (int l = 0; l < 32; l++) {
      Map<Long, Bytes32> up = new HashMap<>();
      for (long i : level.keySet()) {
        long p = i >>> 1;
        if (up.containsKey(p)) {
          continue;
        }
        Bytes32 left = level.getOrDefault(2 * p, empty[l]);
        Bytes32 right = level.getOrDefault(2 * p + 1, empty[l]);
        up.put(p, h.combine(left, right));
      }
      level = up;
    }
    return level.getOrDefault(0L, empty[32]);
  }

  private static Bytes32 random(SplittableRandom r) {
    byte[] b = new byte[32];
    r.nextBytes(b);
    return Bytes32.adopt(b);
  }

  private static void setAll(MerkleTree32 t, TreeMap<Long, Bytes32> updates) {
    long[] idx = updates.keySet().stream().mapToLong(Long::longValue).toArray();
    byte[] leaves = new byte[32 * idx.length];
    int i = 0;
    for (Bytes32 v : updates.values()) {
      v.copyTo(leaves, 32 * i++);
    }
    t.setAll(idx, leaves);
  }

  @Test
  void emptyRootIsTheEmptySubtreeOfDepth32() {
    assertThat(new DenseMerkleTree(H).root())
        .isEqualTo(naiveRoot(H, Map.of()))
        .isEqualTo(MerkleTree32.emptyRoot(H));
  }

  @Property(tries = 40)
  void batchedUpdatesMatchTheOracle(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed,
      @ForAll @IntRange(min = 1, max = 5) int rounds) {
    SplittableRandom r = new SplittableRandom(seed);
    DenseMerkleTree t = new DenseMerkleTree(r.nextBoolean() ? H : Sha256.INSTANCE);
    Map<Long, Bytes32> all = new HashMap<>();
    for (int round = 0; round < rounds; round++) {
      TreeMap<Long, Bytes32> updates = new TreeMap<>();
      int n = r.nextInt(1, 40);
      for (int k = 0; k < n; k++) {
        updates.put((long) r.nextInt(0, (int) t.size() + 20), random(r));
      }
      setAll(t, updates);
      all.putAll(updates);
      assertThat(t.root()).isEqualTo(naiveRoot(t.hasher(), all));
    }
  }

  @Test
  void largeParallelUpdateMatchesSequentialOverlay() {
    SplittableRandom r = new SplittableRandom(5);
    DenseMerkleTree dense = new DenseMerkleTree(H);
    OverlayMerkleTree overlay = new DenseMerkleTree(H).fork();
    TreeMap<Long, Bytes32> updates = new TreeMap<>();
    for (long i = 0; i < 20_000; i++) {
      updates.put(i, random(r));
    }
    setAll(dense, updates);
    setAll(overlay, updates);
    assertThat(dense.root()).isEqualTo(overlay.root());
  }

  @Test
  void forkLeavesTheBaseUntouched() {
    SplittableRandom r = new SplittableRandom(6);
    DenseMerkleTree t = new DenseMerkleTree(H);
    TreeMap<Long, Bytes32> first = new TreeMap<>(Map.of(0L, random(r), 1L, random(r)));
    setAll(t, first);
    Bytes32 before = t.root();
    OverlayMerkleTree f = t.fork();
    setAll(f, new TreeMap<>(Map.of(1L, random(r), 7L, random(r))));
    assertThat(t.root()).isEqualTo(before);
    assertThat(f.root()).isNotEqualTo(before);
  }

  @Test
  void pathsProveLeavesAndATamperedPathFails() {
    SplittableRandom r = new SplittableRandom(7);
    DenseMerkleTree t = new DenseMerkleTree(H);
    TreeMap<Long, Bytes32> u = new TreeMap<>();
    for (long i = 0; i < 100; i++) {
      u.put(i, random(r));
    }
    setAll(t, u);
    for (long i : new long[] {0, 37, 99, 100, 5_000}) {
      var path = t.siblings(i);
      assertThat(MerkleTree32.rootFromPath(H, i, t.leaf(i), path)).isEqualTo(t.root());
      var tampered = new java.util.ArrayList<>(path);
      tampered.set(3, tampered.get(3).flipBit(0));
      assertThat(MerkleTree32.rootFromPath(H, i, t.leaf(i), tampered)).isNotEqualTo(t.root());
      assertThat(MerkleTree32.rootFromPath(H, i, t.leaf(i).flipBit(255), path))
          .isNotEqualTo(t.root());
    }
  }

  @Test
  void unsortedIndicesAreAProgrammingError() {
    DenseMerkleTree t = new DenseMerkleTree(H);
    assertThatThrownBy(() -> t.setAll(new long[] {3, 1}, new byte[64]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(t.root()).isEqualTo(MerkleTree32.emptyRoot(H));
  }

  @Property(tries = 10)
  void rootsAgreeWithTheSparseMerkleTreeInCrypto(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Hasher h = r.nextBoolean() ? H : io.rampart.crypto.poseidon2.Poseidon2Hasher.INSTANCE;
    DenseMerkleTree dense = new DenseMerkleTree(h);
    var sparse = io.rampart.crypto.merkle.SparseMerkleTree.inMemory(h, 32);
    TreeMap<Long, Bytes32> updates = new TreeMap<>();
    for (int k = 0; k < 50; k++) {
      // Leaves as the chain makes them: hash outputs, valid nodes for every hasher.
      updates.put((long) r.nextInt(0, 200), h.hash(random(r).toArray()));
    }
    setAll(dense, updates);
    sparse.setAll(
        updates.keySet().stream().mapToLong(Long::longValue).toArray(),
        updates.values().toArray(new Bytes32[0]));
    assertThat(dense.root()).isEqualTo(sparse.root());
  }
}
