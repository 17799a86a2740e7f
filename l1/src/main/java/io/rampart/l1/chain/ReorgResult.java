package io.rampart.l1.chain;

import java.util.List;

/** The outcome of a reorg request. */
public sealed interface ReorgResult {

  /** Blocks above {@code forkPoint} were replaced. */
  record Reorged(long forkPoint, List<Block> orphaned, List<Block> replacement)
      implements ReorgResult {}

  /** Refused; the chain is unchanged. */
  record Refused(String reason) implements ReorgResult {}
}
