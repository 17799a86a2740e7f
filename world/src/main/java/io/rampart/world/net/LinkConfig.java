package io.rampart.world.net;

import io.rampart.world.time.SimDuration;

/** How one directed link behaves: its latency and the probability that a message is lost. */
public record LinkConfig(LatencyModel latency, double lossProbability) {
  /** Instant and lossless: the default, so unit tests see plain message passing. */
  public static final LinkConfig PERFECT =
      new LinkConfig(LatencyModel.fixed(SimDuration.ZERO), 0.0);

  public LinkConfig {
    if (!(lossProbability >= 0.0 && lossProbability <= 1.0)) {
      throw new IllegalArgumentException("loss probability outside [0, 1]: " + lossProbability);
    }
  }
}
