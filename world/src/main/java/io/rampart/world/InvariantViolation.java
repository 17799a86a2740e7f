package io.rampart.world;

/**
 * A run broke an invariant, or an actor threw. The message names the seed, so the run can be
 * replayed with {@code new World(seed)} and the same scenario code.
 */
public final class InvariantViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long seed;
  private final long eventIndex;

  public InvariantViolation(long seed, long eventIndex, String message, Throwable cause) {
    super(message, cause);
    this.seed = seed;
    this.eventIndex = eventIndex;
  }

  public long seed() {
    return seed;
  }

  /** The number of events the world had processed when the failure happened. */
  public long eventIndex() {
    return eventIndex;
  }
}
