package io.rampart.bench;

import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.lang.management.ManagementFactory;

/**
 * The {@link ChainBench} workloads timed by process CPU time as well as wall time, for a machine
 * shared with other jobs. The CPU time (all threads, JIT and GC included) bounds the rate the
 * workload would reach with the machine to itself: {@code transfers / CPU seconds} if only one core
 * were ever busy, {@code transfers / (CPU seconds / cores)} if all were. Run with {@code java
 * --enable-native-access=ALL-UNNAMED -cp bench/target/rampart-bench.jar
 * io.rampart.bench.ChainCpuTime}.
 */
public final class ChainCpuTime {
  private ChainCpuTime() {}

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(String name, long txs, long wall, long cpu) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "%-22s %,9d transfers  wall %,9.0f/s  CPU %5.1f us/transfer  alone: %,9.0f/s (one core"
            + " busy) to %,9.0f/s (%d cores busy)%n",
        name,
        txs,
        txs / (wall / 1e9),
        cpu / 1e3 / txs,
        txs / (cpu / 1e9),
        txs / (cpu / 1e9 / cores),
        cores);
  }

  public static void main(String[] args) {
    ChainBench bench = new ChainBench();
    ChainBench.Signed s = new ChainBench.Signed();
    s.signAll();
    for (int round = 0; round < 3; round++) {
      s.reset();
      long w0 = System.nanoTime();
      long c0 = cpuNanos();
      long txs = 0;
      for (int b = 0; b < 40; b++) {
        bench.endToEnd(s);
        txs += ChainBench.E2E_BLOCK;
      }
      report("endToEnd", txs, System.nanoTime() - w0, cpuNanos() - c0);
      s.reset();
      w0 = System.nanoTime();
      c0 = cpuNanos();
      for (int b = 0; b < 40; b++) {
        bench.endToEndPipelined(s);
      }
      report("endToEndPipelined", txs, System.nanoTime() - w0, cpuNanos() - c0);
    }
    ChainBench.Million m = new ChainBench.Million();
    m.build();
    for (int round = 0; round < 3; round++) {
      long wall = 0;
      long cpu = 0;
      long txs = 0;
      for (int b = 0; b < 20; b++) {
        m.nextBlock();
        long w0 = System.nanoTime();
        long c0 = cpuNanos();
        BlockBuilder bb = new BlockBuilder(m.cfg, m.world, Ecdsa.defaultInstance());
        for (L2Tx.UserTx tx : m.block) {
          bb.add(tx);
        }
        m.world.apply(bb.diff());
        wall += System.nanoTime() - w0;
        cpu += cpuNanos() - c0;
        txs += m.block.size();
      }
      report("executeWithBlockRoot", txs, wall, cpu);
    }
  }
}
