package io.rampart.chain.state;

import io.rampart.crypto.ecdsa.Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A journal of changes on top of a {@link StateView}: the state transition writes here, the base is
 * never touched. {@link #diff()} gives everything changed since creation, {@link
 * #takeDiffSinceMark} what changed since the last mark (for per-transaction roots). Discarding the
 * overlay undoes the block; committing is {@code world.apply(overlay.diff())}. Not thread-safe.
 */
public final class StateOverlay implements StateView {
  private final StateView base;
  private final Map<Integer, Account> changed = new HashMap<>();
  private final Map<Address, Integer> newIndex = new HashMap<>();
  private final List<Address> newAccounts = new ArrayList<>();
  private final List<Withdrawal> withdrawals = new ArrayList<>();
  private final java.util.Set<Integer> sinceMark;
  private int withdrawalsAtMark;

  /** An overlay for block execution; {@link #takeDiffSinceMark} is not available. */
  public StateOverlay(StateView base) {
    this(base, false);
  }

  /** With {@code marks}, the overlay also records what changed since the last mark. */
  public StateOverlay(StateView base, boolean marks) {
    this.base = base;
    this.sinceMark = marks ? new java.util.HashSet<>() : null;
  }

  @Override
  public int indexOf(Address address) {
    int i = base.indexOf(address);
    if (i >= 0) {
      return i;
    }
    Integer n = newIndex.get(address);
    return n == null ? -1 : n;
  }

  @Override
  public Account account(int index) {
    Account a = changed.get(index);
    return a != null ? a : base.account(index);
  }

  @Override
  public int nextIndex() {
    return base.nextIndex() + newAccounts.size();
  }

  @Override
  public long withdrawalCount() {
    return base.withdrawalCount() + withdrawals.size();
  }

  /** Replaces the account at {@code index} (same address). */
  public void put(int index, Account account) {
    changed.put(index, account);
    if (sinceMark != null) {
      sinceMark.add(index);
    }
  }

  /** Gives {@code address} the next free index, with nonce 0 and {@code balanceGwei}. */
  public int create(Address address, long balanceGwei) {
    int index = nextIndex();
    newAccounts.add(address);
    newIndex.put(address, index);
    put(index, new Account(address, 0, balanceGwei));
    return index;
  }

  public Withdrawal addWithdrawal(Address owner, long amountGwei) {
    Withdrawal w = new Withdrawal(withdrawalCount(), owner, amountGwei);
    withdrawals.add(w);
    return w;
  }

  /** Everything changed since this overlay was made. */
  public StateDiff diff() {
    return diffOf(changed.keySet(), withdrawals);
  }

  /** What changed since the previous call (or creation); starts a new mark. */
  public StateDiff takeDiffSinceMark() {
    if (sinceMark == null) {
      throw new IllegalStateException("overlay made without marks");
    }
    StateDiff d = diffOf(sinceMark, withdrawals.subList(withdrawalsAtMark, withdrawals.size()));
    sinceMark.clear();
    withdrawalsAtMark = withdrawals.size();
    return d;
  }

  private StateDiff diffOf(java.util.Collection<Integer> keys, List<Withdrawal> ws) {
    int[] idx = new int[keys.size()];
    int k = 0;
    for (int i : keys) {
      idx[k++] = i;
    }
    Arrays.sort(idx);
    Account[] acc = new Account[idx.length];
    for (int i = 0; i < idx.length; i++) {
      acc[i] = changed.get(idx[i]);
    }
    return new StateDiff(idx, acc, ws);
  }
}
