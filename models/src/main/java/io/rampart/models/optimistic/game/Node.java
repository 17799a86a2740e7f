package io.rampart.models.optimistic.game;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import java.util.List;

/**
 * One node of a game tree, as stored. A CLAIM says: from {@code startRoot} at position {@code lo}
 * execution reaches {@code endRoot} at {@code hi}. A DISSECTION counters its parent claim with the
 * roots at the interior points of the parent's segment. A STEP counters a one-step claim with a
 * successful re-execution. Positions are block positions at level BLOCK, transaction positions
 * inside block {@code block} at level TX.
 */
public record Node(
    long id,
    long parent,
    Kind kind,
    Level level,
    int depth,
    long lo,
    long hi,
    long block,
    long createdAt,
    long clock,
    long bondGwei,
    Address claimant,
    Bytes32 startRoot,
    Bytes32 endRoot,
    List<Bytes32> roots,
    long unresolvedChildren,
    long firstUncountered,
    long childCount,
    Resolution resolution) {

  public enum Kind {
    CLAIM,
    DISSECTION,
    STEP
  }

  public enum Level {
    BLOCK,
    TX
  }

  public enum Resolution {
    OPEN,
    STANDS,
    COUNTERED
  }

  public Node {
    roots = List.copyOf(roots);
  }

  public boolean isRoot() {
    return parent < 0;
  }

  /** Number of parts a dissection of this node's segment (or this dissection) has. */
  public int parts(int arity) {
    return (int) Math.min(arity, hi - lo);
  }

  /** Dissection point {@code i} (0..parts) of this node's segment. */
  public long point(int i, int parts) {
    return lo + (hi - lo) * i / parts;
  }
}
