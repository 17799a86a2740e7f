package io.rampart.bench;

import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hash.Sha256;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hashes: 64-byte two-to-one compression (the Merkle hot path), one pair per call and {@value
 * #PAIRS} independent pairs per {@code combineAll} call (as a tree level is hashed), and 1 KiB
 * messages. Forks resolve the Vector API module, as the launcher's JVMs do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class HashBench {
  static final int PAIRS = 256;

  /** Hashers measured. */
  public enum Algo {
    KECCAK256(Keccak256.INSTANCE),
    SHA256(Sha256.INSTANCE),
    POSEIDON2(Poseidon2Hasher.INSTANCE);

    final Hasher hasher;

    Algo(Hasher hasher) {
      this.hasher = hasher;
    }
  }

  @Param public Algo algo;

  private final byte[] node = new byte[64];
  private final byte[] out = new byte[32];
  private final byte[] kib = new byte[1024];
  private final byte[] pairs = new byte[64 * PAIRS];
  private final byte[] outs = new byte[32 * PAIRS];

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < node.length; i++) {
      node[i] = (byte) rnd.nextInt();
    }
    // Top bit of each little-endian limb cleared: two canonical Poseidon2 nodes.
    for (int i = 7; i < node.length; i += 8) {
      node[i] &= 0x7f;
    }
    for (int i = 0; i < kib.length; i++) {
      kib[i] = (byte) rnd.nextInt();
    }
    for (int p = 0; p < PAIRS; p++) {
      System.arraycopy(node, 0, pairs, 64 * p, 64);
    }
  }

  /** Hashes of 64 bytes per second (two 32-byte nodes into one). */
  @Benchmark
  public byte[] combine64() {
    algo.hasher.combine(node, 0, out, 0);
    return out;
  }

  /** 64-byte hashes per second when a level's pairs are hashed in one call. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public byte[] combineAll() {
    algo.hasher.combineAll(pairs, 0, outs, 0, PAIRS);
    return outs;
  }

  /** Hashes of 1 KiB per second. */
  @Benchmark
  public Object hash1KiB() {
    return algo.hasher.hash(kib);
  }
}
