package io.rampart.chain.state;

import java.util.List;

/**
 * What a block (or one transaction) changed: the final value of every touched account, in
 * increasing index order (new accounts included, at indices from the old {@code nextIndex}), and
 * the appended withdrawals.
 */
public record StateDiff(int[] indices, Account[] accounts, List<Withdrawal> withdrawals) {
  public StateDiff {
    if (indices.length != accounts.length) {
      throw new IllegalArgumentException("indices and accounts differ in length");
    }
    withdrawals = List.copyOf(withdrawals);
  }

  public boolean isEmpty() {
    return indices.length == 0 && withdrawals.isEmpty();
  }
}
