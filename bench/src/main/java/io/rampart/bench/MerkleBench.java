package io.rampart.bench;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hash.Sha256;
import io.rampart.crypto.merkle.SparseMerkleTree;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sparse-Merkle leaf updates per second on a depth-32 tree (the L2 account tree's shape) held in
 * memory and pre-filled with {@link #PREFILL} leaves, at random 32-bit keys or at the dense indices
 * the account tree actually uses. Each invocation updates {@code shape.batch} leaves at random
 * keys, one {@code set} per leaf (SINGLE) or one {@code setAll} per batch. The {@code leaves}
 * counter is the figure to read: leaf updates per second. Batches of 2,048 or more are hashed on
 * the common ForkJoinPool as well as the caller. Forks resolve the Vector API module, so a Keccak
 * tree hashes four nodes at once as the launcher's JVMs do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "--add-modules=jdk.incubator.vector",
      "-Xms4g",
      "-Xmx4g",
      "-XX:+UseParallelGC",
      "-XX:+UseTransparentHugePages"
    })
public class MerkleBench {
  static final int DEPTH = 32;
  static final int PREFILL = 1_000_000;

  /** The node hash. */
  public enum HasherKind {
    KECCAK(Keccak256.INSTANCE),
    SHA256(Sha256.INSTANCE),
    POSEIDON2(Poseidon2Hasher.INSTANCE);

    final Hasher hasher;

    HasherKind(Hasher hasher) {
      this.hasher = hasher;
    }
  }

  /** Leaves per update call. */
  public enum Shape {
    SINGLE(1),
    BATCH_1K(1_000),
    BATCH_10K(10_000);

    final int batch;

    Shape(int batch) {
      this.batch = batch;
    }
  }

  /** Where the pre-filled leaves sit. */
  public enum Layout {
    /** Uniformly random 32-bit keys: a very sparse tree, the worst case for node storage. */
    RANDOM,
    /** Keys 0..PREFILL-1, as the account tree hands out sequential indices. */
    DENSE
  }

  /** Which keys an update touches. */
  public enum Keys {
    /** Leaves already in the tree (balance changes); the tree keeps its size. */
    EXISTING,
    /** Fresh random keys (new accounts); the tree grows during the run. */
    FRESH
  }

  @Param public HasherKind hasher;

  @Param public Shape shape;

  @Param public Layout layout;

  @Param({"EXISTING"})
  public Keys keys;

  private SparseMerkleTree tree;
  private long[] present;
  private SplittableRandom rnd;
  private long next = PREFILL;

  /** Leaf updates done, reported by JMH as a rate next to the call rate. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters {
    public long leaves;

    @Setup(Level.Iteration)
    public void reset() {
      leaves = 0;
    }
  }

  @Setup(Level.Trial)
  public void prefill() {
    rnd = new SplittableRandom(2024);
    tree = SparseMerkleTree.inMemory(hasher.hasher, DEPTH);
    present = new long[PREFILL];
    int chunk = 100_000;
    for (int done = 0; done < PREFILL; done += chunk) {
      long[] keys = new long[chunk];
      Bytes32[] leaves = new Bytes32[chunk];
      for (int i = 0; i < chunk; i++) {
        keys[i] = layout == Layout.DENSE ? done + i : rnd.nextLong(1L << DEPTH);
        leaves[i] = randomLeaf();
        present[done + i] = keys[i];
      }
      tree.setAll(keys, leaves);
    }
  }

  private Bytes32 randomLeaf() {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    // Clear the top bit of each little-endian 8-byte limb so every leaf is also a canonical
    // Poseidon2 node (four Goldilocks elements); byte hashes do not care.
    for (int i = 7; i < 32; i += 8) {
      b[i] &= 0x7f;
    }
    return Bytes32.adopt(b);
  }

  private long nextKey() {
    if (keys == Keys.EXISTING) {
      return present[rnd.nextInt(present.length)];
    }
    return layout == Layout.DENSE ? next++ : rnd.nextLong(1L << DEPTH);
  }

  @Benchmark
  public Bytes32 update(Counters counters) {
    int n = shape.batch;
    counters.leaves += n;
    if (n == 1) {
      return tree.set(nextKey(), randomLeaf());
    }
    long[] keys = new long[n];
    Bytes32[] leaves = new Bytes32[n];
    for (int i = 0; i < n; i++) {
      keys[i] = nextKey();
      leaves[i] = randomLeaf();
    }
    return tree.setAll(keys, leaves);
  }
}
