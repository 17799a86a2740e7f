package io.rampart.world.time;

/**
 * A non-negative span of simulated time, in microseconds. Arithmetic is overflow-checked: a
 * deadline that would overflow is a bug, not a silent wrap.
 */
public record SimDuration(long micros) implements Comparable<SimDuration> {
  public static final SimDuration ZERO = new SimDuration(0);

  public SimDuration {
    if (micros < 0) {
      throw new IllegalArgumentException("negative duration: " + micros + " µs");
    }
  }

  public static SimDuration ofMicros(long micros) {
    return new SimDuration(micros);
  }

  public static SimDuration ofMillis(long millis) {
    return new SimDuration(Math.multiplyExact(millis, 1_000L));
  }

  public static SimDuration ofSeconds(long seconds) {
    return new SimDuration(Math.multiplyExact(seconds, 1_000_000L));
  }

  public static SimDuration ofMinutes(long minutes) {
    return ofSeconds(Math.multiplyExact(minutes, 60L));
  }

  public static SimDuration ofHours(long hours) {
    return ofSeconds(Math.multiplyExact(hours, 3_600L));
  }

  public static SimDuration ofDays(long days) {
    return ofSeconds(Math.multiplyExact(days, 86_400L));
  }

  public SimDuration plus(SimDuration other) {
    return new SimDuration(Math.addExact(micros, other.micros));
  }

  public SimDuration times(long factor) {
    return new SimDuration(Math.multiplyExact(micros, factor));
  }

  /** Whole seconds, rounded down. */
  public long toSeconds() {
    return micros / 1_000_000L;
  }

  public long toMillis() {
    return micros / 1_000L;
  }

  @Override
  public int compareTo(SimDuration o) {
    return Long.compare(micros, o.micros);
  }

  @Override
  public String toString() {
    return micros % 1_000_000L == 0 ? (micros / 1_000_000L) + "s" : micros + "µs";
  }
}
