package io.rampart.models.optimistic.game;

import io.rampart.l1.core.Address;
import java.util.Optional;

/**
 * Derivation's schedule, the one thing the dispute contract takes from outside its own checks (see
 * docs/optimistic.md, "What the contract trusts"): for each L2 block, which applied batch it came
 * from (or that derivation appended it for an overdue forced transaction) and which deposits and
 * forced transactions it starts with. The transactions themselves are checked by the one-step proof
 * against what the {@link #inbox()} and {@link #bridge()} stored when they were posted.
 */
public interface BlockInputs {

  /** Number of L2 blocks derivable from L1 data so far. */
  long blockCount();

  /** The schedule entry of {@code block}, if it is derivable. */
  Optional<Source> block(long block);

  /** The inbox whose stored batch and forced-transaction hashes anchor the inputs. */
  Address inbox();

  /** The bridge whose stored deposit records anchor the deposits. */
  Address bridge();

  /**
   * Where L2 block {@code number} comes from. It holds {@code deposits} deposits from id {@code
   * firstDeposit}, then {@code forced} forced transactions from queue index {@code firstForced},
   * then {@code transfers} transfers: those of block {@code blockInBatch} of inbox batch {@code
   * batchIndex}, or none when {@code batchIndex} is -1 (a block derivation appended for an overdue
   * forced transaction).
   */
  record Source(
      long number,
      long batchIndex,
      int blockInBatch,
      long l1Origin,
      long firstDeposit,
      int deposits,
      long firstForced,
      int forced,
      int transfers) {

    public boolean fromBatch() {
      return batchIndex >= 0;
    }

    public int txCount() {
      return deposits + forced + transfers;
    }

    public int systemCount() {
      return deposits + forced;
    }
  }
}
