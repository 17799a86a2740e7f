package io.rampart.world.time;

/**
 * An instant of simulated time: microseconds since the world's epoch (time zero). The world's clock
 * only moves forward, and only when the scheduler takes the next event.
 */
public record SimTime(long micros) implements Comparable<SimTime> {
  public static final SimTime ZERO = new SimTime(0);

  public SimTime {
    if (micros < 0) {
      throw new IllegalArgumentException("negative time: " + micros + " µs");
    }
  }

  public static SimTime ofMicros(long micros) {
    return new SimTime(micros);
  }

  public static SimTime ofMillis(long millis) {
    return new SimTime(Math.multiplyExact(millis, 1_000L));
  }

  public static SimTime ofSeconds(long seconds) {
    return new SimTime(Math.multiplyExact(seconds, 1_000_000L));
  }

  public SimTime plus(SimDuration d) {
    return new SimTime(Math.addExact(micros, d.micros()));
  }

  /** The span from {@code earlier} to this instant; {@code earlier} must not be later. */
  public SimDuration since(SimTime earlier) {
    return new SimDuration(Math.subtractExact(micros, earlier.micros));
  }

  public boolean isBefore(SimTime other) {
    return micros < other.micros;
  }

  public boolean isAfter(SimTime other) {
    return micros > other.micros;
  }

  /** Whole seconds since the epoch, rounded down (the unit of L1 block timestamps). */
  public long toSeconds() {
    return micros / 1_000_000L;
  }

  @Override
  public int compareTo(SimTime o) {
    return Long.compare(micros, o.micros);
  }

  @Override
  public String toString() {
    return "t=" + (micros % 1_000_000L == 0 ? (micros / 1_000_000L) + "s" : micros + "µs");
  }
}
