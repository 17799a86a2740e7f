package io.rampart.bench;

import io.rampart.stark.air.Air;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import io.rampart.stark.options.Profile;
import io.rampart.stark.prover.ProveResult;
import io.rampart.stark.prover.StarkProver;
import io.rampart.stark.prover.trace.Poseidon2ChainTrace;
import io.rampart.stark.prover.trace.Poseidon2WideChainTrace;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * STARK proofs of Poseidon2 hash chains at the 100-bit profile (blowup 8, 28 queries, 16 grinding
 * bits, FRI folding 8, SHA-256 commitments), in two trace layouts: {@code WIDE}, one permutation
 * per row ({@link Poseidon2WideChainAir}, 130 columns), and {@code NARROW}, 32 rows of 12 columns
 * per permutation ({@link Poseidon2ChainAir}). {@code prove} times trace generation plus proving;
 * {@code verify} times verification of one proof. Each trial prints the proof size and the peak
 * heap seen by the JVM's heap pools (reset at the start of the trial). Permutations proved per
 * second = chain length / prove time.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC"})
public class StarkBench {
  /** Chain length (permutations). */
  @Param({"1024", "4096", "16384", "65536"})
  public int permutations;

  /**
   * Trace layout: the wide one by default; {@code -p layout=NARROW} for the earlier layout (about
   * ten times slower: at 2^16 permutations a single proof takes minutes).
   */
  @Param({"WIDE"})
  public Layout layout;

  /** The trace layouts of a Poseidon2 chain. */
  public enum Layout {
    WIDE,
    NARROW
  }

  private long[] input;
  private Air air;
  private TraceTable trace;
  private byte[] proof;
  private final StarkProver prover = new StarkProver(Profile.BITS_100.options(), false);
  private final StarkVerifier verifier = new StarkVerifier(100);

  @Setup(Level.Trial)
  public void setUp() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    input = new long[12];
    for (int i = 0; i < 12; i++) {
      input[i] = i;
    }
    trace = trace();
    air =
        layout == Layout.WIDE
            ? new Poseidon2WideChainAir(permutations, input, Poseidon2WideChainTrace.output(trace))
            : new Poseidon2ChainAir(permutations, input, Poseidon2ChainTrace.output(trace));
    proof = ((ProveResult.Proved) prover.prove(air, trace)).bytes();
    if (!verifier.verify(air, proof).accepted()) {
      throw new IllegalStateException("benchmark proof does not verify");
    }
  }

  @TearDown(Level.Trial)
  public void report() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%nStarkBench layout=%s permutations=%d proofBytes=%d peakHeapMiB=%d%n",
        layout, permutations, proof.length, peak >> 20);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] prove() {
    return ((ProveResult.Proved) prover.prove(air, trace())).bytes();
  }

  private TraceTable trace() {
    return layout == Layout.WIDE
        ? Poseidon2WideChainTrace.generate(permutations, input)
        : Poseidon2ChainTrace.generate(permutations, input);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public VerifyResult verify() {
    return verifier.verify(air, proof);
  }
}
