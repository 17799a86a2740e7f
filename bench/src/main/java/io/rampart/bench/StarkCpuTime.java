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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The {@link StarkBench} proofs timed by process CPU time as well as wall time, for a machine
 * shared with other jobs: {@code permutations / CPU seconds} is the rate per busy core (all
 * threads, JIT and GC included). Arguments: layout (WIDE or NARROW), then chain lengths; each is
 * proved {@code -Drounds} times (default 3) after one warm-up proof. Run with {@code java -Xmx12g
 * -XX:+UseParallelGC -cp bench/target/rampart-bench.jar io.rampart.bench.StarkCpuTime WIDE 4096}.
 */
public final class StarkCpuTime {
  private StarkCpuTime() {}

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  public static void main(String[] args) {
    boolean wide = args[0].equals("WIDE");
    int rounds = Integer.getInteger("rounds", 3);
    StarkProver prover = new StarkProver(Profile.BITS_100.options(), false);
    StarkVerifier verifier = new StarkVerifier(100);
    long[] input = new long[12];
    for (int i = 0; i < 12; i++) {
      input[i] = i;
    }
    for (int a = 1; a < args.length; a++) {
      int perms = Integer.parseInt(args[a]);
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      for (int round = 0; round <= rounds; round++) {
        long w0 = System.nanoTime();
        long c0 = cpuNanos();
        TraceTable t =
            wide
                ? Poseidon2WideChainTrace.generate(perms, input)
                : Poseidon2ChainTrace.generate(perms, input);
        Air air =
            wide
                ? new Poseidon2WideChainAir(perms, input, Poseidon2WideChainTrace.output(t))
                : new Poseidon2ChainAir(perms, input, Poseidon2ChainTrace.output(t));
        byte[] proof = ((ProveResult.Proved) prover.prove(air, t)).bytes();
        long wall = System.nanoTime() - w0;
        long cpu = cpuNanos() - c0;
        long v0 = System.nanoTime();
        boolean ok = verifier.verify(air, proof).accepted();
        long verify = System.nanoTime() - v0;
        System.out.printf(
            "%s %s perms=%d prove wall %.3f s (%,.0f/s)  CPU %.3f s (%,.0f perms per CPU-second)"
                + "  verify %.2f ms %s  proof %,d B  peak heap %,d MiB%n",
            round == 0 ? "warm-up" : "round " + round,
            args[0],
            perms,
            wall / 1e9,
            perms / (wall / 1e9),
            cpu / 1e9,
            perms / (cpu / 1e9),
            verify / 1e6,
            ok ? "accepted" : "REJECTED",
            proof.length,
            peakHeap() >> 20);
        if (round == rounds) {
          long[] times = new long[200];
          for (int v = 0; v < times.length; v++) {
            long t0 = System.nanoTime();
            verifier.verify(air, proof);
            times[v] = System.nanoTime() - t0;
          }
          java.util.Arrays.sort(times);
          System.out.printf(
              "verify %s perms=%d: median %.3f ms, fastest %.3f ms over %d runs%n",
              args[0], perms, times[times.length / 2] / 1e6, times[0] / 1e6, times.length);
        }
      }
    }
  }
}
