package io.rampart.models.optimistic.game;

import java.math.BigInteger;

/**
 * Parameters of the dispute game. Times in seconds, bonds in gwei.
 *
 * @param challengeWindow how long a proposal can be countered; undisputed, it is final strictly
 *     after this (default 7 days)
 * @param maxClock each side's chess clock along a path of the game (default 3.5 days, OP Stack)
 * @param clockExtension the time a late mover is guaranteed for its next move (default 3 h)
 * @param arity k of the k-way dissection (2 = bisection)
 * @param baseBondGwei bond of the proposal (depth 0)
 * @param bondGrowthPercent each level's bond is this much larger than its parent's
 * @param burnPercent share of a lost bond that is burnt instead of paid to the winner
 */
public record GameParams(
    long challengeWindow,
    long maxClock,
    long clockExtension,
    int arity,
    long baseBondGwei,
    int bondGrowthPercent,
    int burnPercent) {

  public static final long DAY = 86_400;

  public GameParams {
    if (arity < 2 || clockExtension >= maxClock || burnPercent < 0 || burnPercent > 100) {
      throw new IllegalArgumentException("bad game parameters");
    }
  }

  public static GameParams defaults() {
    return new GameParams(7 * DAY, 7 * DAY / 2, 3 * 3600, 2, 80_000_000L, 15, 10);
  }

  public GameParams withArity(int k) {
    return new GameParams(
        challengeWindow, maxClock, clockExtension, k, baseBondGwei, bondGrowthPercent, burnPercent);
  }

  /** The bond of a move at {@code depth} (the proposal is depth 0), in gwei. */
  public long bondGwei(int depth) {
    BigInteger num = BigInteger.valueOf(100 + bondGrowthPercent).pow(depth);
    BigInteger den = BigInteger.valueOf(100).pow(depth);
    return BigInteger.valueOf(baseBondGwei).multiply(num).divide(den).longValueExact();
  }

  static int ceilLog(long n, int k) {
    int levels = 0;
    long span = 1;
    while (span < n) {
      span *= k;
      levels++;
    }
    return levels;
  }

  /**
   * The most moves on one path of a game over {@code blocks} blocks of at most {@code maxTxs}
   * transactions: two per dissection level (dissect, then select a part) at each trace level, plus
   * the one-step proof.
   */
  public int maxPathMoves(long blocks, int maxTxs) {
    return 2 * ceilLog(blocks, arity) + 2 * Math.max(1, ceilLog(maxTxs, arity)) + 1;
  }

  /**
   * The settle bound in seconds from the proposal: the window, both sides' clocks along a path, and
   * one extension per move on that path, two for each of the (at most two) block-level dissections
   * with a single-block part on it. See docs/optimistic.md.
   */
  public long settleBound(long blocks, int maxTxs) {
    return challengeWindow + 2 * maxClock + (maxPathMoves(blocks, maxTxs) + 2) * clockExtension;
  }

  /**
   * The extension a move gets: doubled for a block-level dissection with a single-block part (fewer
   * than {@code 2 × arity} blocks), whose maker's next move, if that part is selected, is the split
   * of a one-block claim into its transactions (it must compute that block's per-transaction roots
   * first), as the OP Stack doubles it at its split depth.
   */
  public long extension(boolean atSplit) {
    return atSplit ? Math.min(2 * clockExtension, maxClock) : clockExtension;
  }
}
