package io.rampart.bench;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goldilocks arithmetic and Poseidon2, in nanoseconds per operation (average time). Inputs are
 * uniform field elements from a fixed seed. {@code mulLatency} chains dependent products (the cost
 * on a critical path); {@code mulThroughput} multiplies independent pairs of two arrays (what a
 * vectorisable prover loop sees). Batch inversion is reported per element. The permutation and
 * combine feed their output back as the next input, so branch predictors cannot learn one input.
 *
 * <p>Run: {@code java -jar bench/target/rampart-bench.jar FieldBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FieldBench {
  private static final int CHAIN = 1024;
  private static final int ARRAY = 1024;

  private long x;
  private long c;
  private long[] a;
  private long[] b;
  private long[] out;
  private long[] state;
  private byte[] nodes;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(20_240_601L);
    x = Goldilocks.reduce(rnd.nextLong());
    c = Goldilocks.reduce(rnd.nextLong());
    a = new long[ARRAY];
    b = new long[ARRAY];
    out = new long[ARRAY];
    for (int i = 0; i < ARRAY; i++) {
      a[i] = Goldilocks.reduce(rnd.nextLong()) | 1; // odd, hence non-zero
      b[i] = Goldilocks.reduce(rnd.nextLong());
    }
    state = new long[Poseidon2.WIDTH];
    for (int i = 0; i < state.length; i++) {
      state[i] = Goldilocks.reduce(rnd.nextLong());
    }
    nodes = new byte[64];
    for (int i = 0; i < 8; i++) {
      Goldilocks.toBytes(Goldilocks.reduce(rnd.nextLong()), nodes, 8 * i);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHAIN)
  public long mulLatency() {
    long v = x;
    long k = c;
    for (int i = 0; i < CHAIN; i++) {
      v = Goldilocks.mul(v, k);
    }
    x = v;
    return v;
  }

  @Benchmark
  @OperationsPerInvocation(ARRAY)
  public long[] mulThroughput() {
    long[] as = a;
    long[] bs = b;
    long[] os = out;
    for (int i = 0; i < ARRAY; i++) {
      os[i] = Goldilocks.mul(as[i], bs[i]);
    }
    return os;
  }

  @Benchmark
  @OperationsPerInvocation(ARRAY)
  public long[] addThroughput() {
    long[] as = a;
    long[] bs = b;
    long[] os = out;
    for (int i = 0; i < ARRAY; i++) {
      os[i] = Goldilocks.add(as[i], bs[i]);
    }
    return os;
  }

  @Benchmark
  public long inverse() {
    x = Goldilocks.inverse(x | 1);
    return x;
  }

  @Benchmark
  @OperationsPerInvocation(ARRAY)
  public long[] batchInversePerElement() {
    Goldilocks.batchInverse(a, out);
    return out;
  }

  @Benchmark
  public long[] poseidon2Permutation() {
    Poseidon2.permute(state);
    return state;
  }

  /** The parent overwrites the left child, so every call sees a new input. */
  @Benchmark
  public byte[] poseidon2Combine() {
    Poseidon2Hasher.INSTANCE.combine(nodes, 0, nodes, 0);
    return nodes;
  }
}
