package io.rampart.models.optimistic.demo;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to run the demo: the world seed and the parts of the story to leave out. Leaving a part out
 * makes a corrupted twin: the run must then fail the checks that part protects.
 */
public record DemoOptions(long seed, Set<Part> without) {
  public static final long DEFAULT_SEED = 1;

  /** A part of the story that can be left out. */
  public enum Part {
    /** Nobody watches the dispute game: the wrong root goes unchallenged. */
    CHALLENGER("challenger"),
    /** The censored user does not use the inbox's forced queue. */
    FORCED_QUEUE("forced-queue");

    private final String label;

    Part(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public DemoOptions {
    without = without.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(without));
  }

  public static DemoOptions seed(long seed) {
    return new DemoOptions(seed, Set.of());
  }

  public boolean has(Part p) {
    return !without.contains(p);
  }
}
