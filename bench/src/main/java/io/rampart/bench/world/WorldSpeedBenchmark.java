package io.rampart.bench.world;

import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Simulation speed: one operation simulates one hour of a world from scratch. Simulated days per
 * wall-clock second = (ops/s) / 24.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorldSpeedBenchmark {

  /** Named input shapes. */
  public enum Load {
    IDLE(0),
    BUSY_1000_TX_PER_SLOT(1_000);

    final int txPerSlot;

    Load(int txPerSlot) {
      this.txPerSlot = txPerSlot;
    }
  }

  @Param({"IDLE", "BUSY_1000_TX_PER_SLOT"})
  public Load load;

  @Benchmark
  public long simulateOneHour() {
    World w = RollupWorkload.build(42, load.txPerSlot);
    w.runFor(SimDuration.ofHours(1));
    return w.log().count() + RollupWorkload.derived(w);
  }
}
