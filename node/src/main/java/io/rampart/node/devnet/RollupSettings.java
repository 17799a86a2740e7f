package io.rampart.node.devnet;

import io.rampart.models.optimistic.game.GameParams;

/**
 * The devnet's embedded L1 and optimistic settlement. Times in seconds.
 *
 * @param l1BlockSeconds L1 slot time (12 on Ethereum; the devnet default is 2)
 * @param challengeWindowSeconds how long a proposal can be countered (protocol default 7 days; the
 *     devnet default is 60 s); each side's chess clock is half of it, the extension a tenth of that
 * @param proposalIntervalSeconds how often the proposer posts the derived head's output root
 * @param forceDelaySeconds how long the sequencer has to include a forced transaction before its
 *     deadline (protocol default 24 h; devnet default 30 s): derivation includes it then, and the
 *     devnet's sequencer seals that same block
 */
public record RollupSettings(
    long l1BlockSeconds,
    long challengeWindowSeconds,
    long proposalIntervalSeconds,
    long forceDelaySeconds) {

  public RollupSettings {
    if (l1BlockSeconds < 1 || l1BlockSeconds > 3_600) {
      throw new IllegalArgumentException(
          "--l1-block-time must be 1..3600 seconds, got " + l1BlockSeconds);
    }
    if (challengeWindowSeconds < 4 || challengeWindowSeconds > 30 * GameParams.DAY) {
      throw new IllegalArgumentException(
          "--challenge-window must be 4 s .. 30 days, got " + challengeWindowSeconds);
    }
    if (proposalIntervalSeconds < 1) {
      throw new IllegalArgumentException(
          "--proposal-interval must be positive, got " + proposalIntervalSeconds);
    }
    if (forceDelaySeconds < 3 * l1BlockSeconds) {
      throw new IllegalArgumentException(
          "--force-delay must be at least three L1 blocks (3 x --l1-block-time)");
    }
  }

  public static RollupSettings defaults() {
    return new RollupSettings(2, 60, 10, 30);
  }

  /** The game parameters: the window, clocks of half the window, extension a tenth of a clock. */
  public GameParams gameParams() {
    GameParams d = GameParams.defaults();
    long clock = Math.max(2, challengeWindowSeconds / 2);
    long ext = Math.max(1, clock / 10);
    return new GameParams(
        challengeWindowSeconds,
        clock,
        ext,
        d.arity(),
        d.baseBondGwei(),
        d.bondGrowthPercent(),
        d.burnPercent());
  }
}
