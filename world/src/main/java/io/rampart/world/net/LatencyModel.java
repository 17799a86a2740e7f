package io.rampart.world.net;

import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.time.SimDuration;

/** One-way delay of a link, drawn from the network's seeded stream. */
public sealed interface LatencyModel {

  SimDuration sample(DeterministicRandom random);

  static LatencyModel fixed(SimDuration delay) {
    return new Fixed(delay);
  }

  static LatencyModel uniform(SimDuration min, SimDuration max) {
    return new Uniform(min, max);
  }

  /** Always {@code delay}. */
  record Fixed(SimDuration delay) implements LatencyModel {
    @Override
    public SimDuration sample(DeterministicRandom random) {
      return delay;
    }
  }

  /** Uniform over {@code [min, max]}, in whole microseconds. */
  record Uniform(SimDuration min, SimDuration max) implements LatencyModel {
    public Uniform {
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("max " + max + " below min " + min);
      }
    }

    @Override
    public SimDuration sample(DeterministicRandom random) {
      long span = max.micros() - min.micros();
      return SimDuration.ofMicros(min.micros() + random.nextLong(span + 1));
    }
  }
}
