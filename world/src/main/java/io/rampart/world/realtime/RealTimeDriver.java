package io.rampart.world.realtime;

import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.Optional;

/**
 * Paces a {@link World} to the wall clock: simulated time advances {@code speed} times as fast as
 * wall time (1.0 for a devnet). The world itself is unchanged, so a paced run processes the same
 * events in the same order as an unpaced one; only when they happen on the wall clock differs.
 *
 * <p>This is the only place that reads the wall clock. If the world falls behind (events take
 * longer to process than the time they span), the driver runs flat out until it catches up.
 */
public final class RealTimeDriver {
  private final World world;
  private final WallClock clock;
  private final double speed;

  public RealTimeDriver(World world, WallClock clock, double speed) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.world = world;
    this.clock = clock;
    this.speed = speed;
  }

  /**
   * Runs the world for {@code span} of simulated time, paced. Returns early (with the world
   * consistent) if the thread is interrupted.
   */
  public void runFor(SimDuration span) {
    SimTime simStart = world.now();
    SimTime simEnd = simStart.plus(span);
    long wallStart = clock.nanoTime();
    while (world.now().isBefore(simEnd)) {
      long wallElapsed = clock.nanoTime() - wallStart;
      long simElapsedAllowed = (long) (wallElapsed / 1_000.0 * speed);
      SimTime target =
          SimTime.ofMicros(Math.min(simEnd.micros(), simStart.micros() + simElapsedAllowed));
      world.runUntil(target);
      if (!world.now().isBefore(simEnd)) {
        return;
      }
      Optional<SimTime> next = world.nextEventTime();
      SimTime wakeAt = next.filter(t -> t.isBefore(simEnd)).orElse(simEnd);
      long wakeWall = wallStart + (long) ((wakeAt.micros() - simStart.micros()) * 1_000.0 / speed);
      long sleep = wakeWall - clock.nanoTime();
      if (sleep > 0) {
        try {
          clock.sleepNanos(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
