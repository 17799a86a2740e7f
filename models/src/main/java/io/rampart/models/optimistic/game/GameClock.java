package io.rampart.models.optimistic.game;

import io.rampart.l1.exec.CallContext;

/**
 * The game's chess clocks (docs/optimistic.md, "Clocks"): until when a node may be countered, and
 * the clock a new node starts with, with the bounded (and, before the split into transactions,
 * doubled) extension.
 */
final class GameClock {
  private final GameParams params;

  GameClock(GameParams params) {
    this.params = params;
  }

  /** Last second at which {@code n} may be countered. */
  long deadline(CallContext ctx, long p, Node n) {
    if (n.isRoot()) {
      return n.createdAt() + params.challengeWindow();
    }
    Node parent = GameStore.readNode(ctx, p, n.parent(), false);
    return n.createdAt() + params.maxClock() - parent.clock();
  }

  /**
   * Checks that a move against {@code target} is in time; returns the new node's clock. {@code
   * atSplit}: the mover's next move is the split of a one-block claim into its transactions, so its
   * clock is capped with the doubled extension.
   */
  long clockFor(CallContext ctx, long p, Node target, boolean atSplit) {
    long t = ctx.timestamp();
    CallContext.require(target.resolution() == Node.Resolution.OPEN, "RESOLVED");
    if (target.isRoot()) {
      CallContext.require(t <= target.createdAt() + params.challengeWindow(), "WINDOW_CLOSED");
      return 0;
    }
    Node parent = GameStore.readNode(ctx, p, target.parent(), false);
    long elapsed = parent.clock() + (t - target.createdAt());
    CallContext.require(elapsed <= params.maxClock(), "CLOCK_EXPIRED");
    return Math.min(elapsed, params.maxClock() - params.extension(atSplit));
  }
}
