package io.rampart.chain.state;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed L2 state: accounts by index, the address index, withdrawals, and the trees behind
 * the state root. Changes only through {@link #apply(StateDiff)}, one batched tree update per call.
 * Not thread-safe.
 */
public final class WorldState implements StateView {
  private final StateTrees trees;
  private final Map<Address, Integer> indexByAddress = new HashMap<>();
  private Address[] addresses = new Address[1024];
  private long[] nonces = new long[1024];
  private long[] balances = new long[1024];
  private int size;
  private final List<Withdrawal> withdrawals = new ArrayList<>();

  public WorldState(Hasher hasher) {
    this.trees = StateTrees.empty(hasher);
  }

  public Hasher hasher() {
    return trees.hasher();
  }

  @Override
  public int indexOf(Address address) {
    Integer i = indexByAddress.get(address);
    return i == null ? -1 : i;
  }

  @Override
  public Account account(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return new Account(addresses[index], nonces[index], balances[index]);
  }

  @Override
  public int nextIndex() {
    return size;
  }

  @Override
  public long withdrawalCount() {
    return withdrawals.size();
  }

  public Withdrawal withdrawal(long index) {
    return withdrawals.get(Math.toIntExact(index));
  }

  public Bytes32 root() {
    return trees.root();
  }

  /** Copy-on-write trees for speculative root computation; valid until the next apply. */
  public StateTrees forkTrees() {
    return trees.fork();
  }

  public StateTrees trees() {
    return trees;
  }

  /** Applies {@code diff} (accounts, new accounts, withdrawals) and returns the new state root. */
  public Bytes32 apply(StateDiff diff) {
    int[] idx = diff.indices();
    Account[] acc = diff.accounts();
    int newSize = size;
    for (int i = 0; i < idx.length; i++) {
      int k = idx[i];
      if (k > newSize) {
        throw new IllegalArgumentException("account index " + k + " leaves a gap at " + newSize);
      }
      if (k == newSize) {
        newSize++;
      }
    }
    ensure(newSize);
    for (int i = 0; i < idx.length; i++) {
      int k = idx[i];
      if (k >= size) {
        indexByAddress.put(acc[i].address(), k);
        addresses[k] = acc[i].address();
      } else if (!addresses[k].equals(acc[i].address())) {
        throw new IllegalArgumentException("account " + k + " changes address");
      }
      nonces[k] = acc[i].nonce();
      balances[k] = acc[i].balanceGwei();
    }
    size = newSize;
    for (Withdrawal w : diff.withdrawals()) {
      if (w.index() != withdrawals.size()) {
        throw new IllegalArgumentException("withdrawal index " + w.index() + " out of order");
      }
      withdrawals.add(w);
    }
    return trees.apply(diff, size);
  }

  private void ensure(int n) {
    if (n > addresses.length) {
      int cap = Math.max(n, addresses.length * 2);
      addresses = Arrays.copyOf(addresses, cap);
      nonces = Arrays.copyOf(nonces, cap);
      balances = Arrays.copyOf(balances, cap);
    }
  }

  /** Sum of all balances as an unsigned 128-bit-safe value (for conservation checks). */
  public java.math.BigInteger totalBalance() {
    java.math.BigInteger t = java.math.BigInteger.ZERO;
    for (int i = 0; i < size; i++) {
      t = t.add(new java.math.BigInteger(Long.toUnsignedString(balances[i])));
    }
    return t;
  }
}
