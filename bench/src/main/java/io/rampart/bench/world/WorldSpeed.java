package io.rampart.bench.world;

import io.rampart.world.World;
import io.rampart.world.time.SimDuration;

/**
 * Prints how many simulated days the world runs per wall-clock second, idle and busy (1,000 L2
 * transactions per L1 slot). Usage: {@code WorldSpeed [idleDays] [busyHours]}. Single-threaded; the
 * first run of each workload is a warm-up.
 */
public final class WorldSpeed {
  private WorldSpeed() {}

  public static void main(String[] args) {
    long idleDays = args.length > 0 ? Long.parseLong(args[0]) : 30;
    long busyHours = args.length > 1 ? Long.parseLong(args[1]) : 12;
    measure(
        "idle (empty L1 blocks, one subscriber)",
        0,
        SimDuration.ofDays(1),
        SimDuration.ofDays(idleDays));
    measure(
        "busy (1,000 L2 txs per slot, blob batch per slot, verifier)",
        1_000,
        SimDuration.ofHours(2),
        SimDuration.ofHours(busyHours));
  }

  private static void measure(String name, int txPerSlot, SimDuration warmup, SimDuration span) {
    World warm = RollupWorkload.build(1, txPerSlot);
    warm.runFor(warmup);
    World w = RollupWorkload.build(2, txPerSlot);
    long start = System.nanoTime();
    w.runFor(span);
    double seconds = (System.nanoTime() - start) / 1e9;
    double days = span.micros() / 86_400e6;
    System.out.printf(
        "%s: %.2f simulated days in %.2f s = %.2f simulated days per wall-clock second"
            + " (%d events, %.0f events/s, %d L2 txs derived)%n",
        name,
        days,
        seconds,
        days / seconds,
        w.eventsProcessed(),
        w.eventsProcessed() / seconds,
        RollupWorkload.derived(w));
  }
}
