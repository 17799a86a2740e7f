package io.rampart.bench;

import java.lang.management.ManagementFactory;

/**
 * {@link MerkleBench}'s headline case (Keccak-256, depth 32, 1,000,000 leaves at random keys,
 * batches of 10,000 updates of existing leaves) timed by process CPU time as well as wall time, for
 * a machine shared with other jobs. The CPU time (all threads, JIT and GC included) bounds the rate
 * the workload would reach with the machine to itself: {@code leaves / CPU seconds} if one core
 * were busy, {@code leaves / (CPU seconds / cores)} if all were. Run with {@code java --add-modules
 * jdk.incubator.vector -Xmx4g -XX:+UseParallelGC -cp bench/target/rampart-bench.jar
 * io.rampart.bench.MerkleCpuTime [rounds]}.
 */
public final class MerkleCpuTime {
  private static final int BATCHES = 30;

  private MerkleCpuTime() {}

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    MerkleBench bench = new MerkleBench();
    bench.hasher = MerkleBench.HasherKind.KECCAK;
    bench.shape = MerkleBench.Shape.BATCH_10K;
    bench.layout = MerkleBench.Layout.RANDOM;
    bench.keys = MerkleBench.Keys.EXISTING;
    bench.prefill();
    MerkleBench.Counters counters = new MerkleBench.Counters();
    int cores = Runtime.getRuntime().availableProcessors();
    for (int round = 0; round < rounds; round++) {
      counters.reset();
      long w0 = System.nanoTime();
      long c0 = cpuNanos();
      for (int b = 0; b < BATCHES; b++) {
        bench.update(counters);
      }
      long wall = System.nanoTime() - w0;
      long cpu = cpuNanos() - c0;
      long leaves = counters.leaves;
      System.out.printf(
          "round %d: %,d leaves  wall %,8.0f/s  CPU %5.2f us/leaf  alone: %,8.0f/s (one core"
              + " busy) to %,8.0f/s (%d cores busy)%n",
          round,
          leaves,
          leaves / (wall / 1e9),
          cpu / 1e3 / leaves,
          leaves / (cpu / 1e9),
          leaves / (cpu / 1e9 / cores),
          cores);
    }
  }
}
