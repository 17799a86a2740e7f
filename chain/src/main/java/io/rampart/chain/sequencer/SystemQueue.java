package io.rampart.chain.sequencer;

import io.rampart.chain.tx.L2Tx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Deposits and forced transactions seen on L1 and not yet in an L2 block. The inclusion rule is
 * shared by the sequencer and derivation: a block with L1 origin {@code o} starts with every
 * pending deposit whose L1 block is at most {@code o} (in deposit order), then every pending forced
 * transaction whose deadline is at most {@code o} (in submission order).
 */
public final class SystemQueue {
  private final ArrayDeque<L2Tx.Deposit> deposits = new ArrayDeque<>();
  private final ArrayDeque<L2Tx.Forced> forced = new ArrayDeque<>();

  /** An independent copy, for speculative use. */
  public SystemQueue copy() {
    SystemQueue c = new SystemQueue();
    c.deposits.addAll(deposits);
    c.forced.addAll(forced);
    return c;
  }

  /** Deposits must arrive in id order with non-decreasing L1 blocks. */
  public void add(L2Tx.Deposit d) {
    L2Tx.Deposit last = deposits.peekLast();
    if (last != null && (d.id() <= last.id() || d.l1Block() < last.l1Block())) {
      throw new IllegalArgumentException("deposits out of order: " + d + " after " + last);
    }
    deposits.add(d);
  }

  /** Forced transactions must arrive in id order with non-decreasing deadlines. */
  public void add(L2Tx.Forced f) {
    L2Tx.Forced last = forced.peekLast();
    if (last != null && (f.id() <= last.id() || f.deadline() < last.deadline())) {
      throw new IllegalArgumentException("forced txs out of order: " + f + " after " + last);
    }
    forced.add(f);
  }

  /** Removes and returns what a block with L1 origin {@code origin} must start with. */
  public List<L2Tx> takeDue(long origin) {
    List<L2Tx> out = new ArrayList<>();
    while (!deposits.isEmpty() && deposits.peekFirst().l1Block() <= origin) {
      out.add(deposits.pollFirst());
    }
    while (!forced.isEmpty() && forced.peekFirst().deadline() <= origin) {
      out.add(forced.pollFirst());
    }
    return out;
  }

  /** Whether a forced transaction's deadline is at or before {@code l1Block}. */
  public boolean forcedDueBy(long l1Block) {
    return !forced.isEmpty() && forced.peekFirst().deadline() <= l1Block;
  }

  public int pendingDeposits() {
    return deposits.size();
  }

  public int pendingForced() {
    return forced.size();
  }
}
