package io.rampart.l1.state;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts (balance, nonce) and contract storage, with an undo journal. Every change records the
 * old value; {@link #revertTo(long)} undoes changes back to a mark. The L1 marks the start of each
 * transaction (a revert or out-of-gas undoes the call exactly) and of each block (a reorg undoes
 * whole blocks). {@link #forgetBefore(long)} drops journal entries no reorg can reach any more.
 *
 * <p>Also tracks the ether burned by fees, so {@code sum(balances) + burned} is constant.
 */
public final class L1State {
  private final Map<Address, Wei> balances = new HashMap<>();
  private final Map<Address, Long> nonces = new HashMap<>();
  private final Map<Address, Map<Bytes32, Bytes32>> storage = new HashMap<>();
  private Wei burned = Wei.ZERO;

  private sealed interface Undo {}

  private record BalanceUndo(Address account, Wei old) implements Undo {}

  private record NonceUndo(Address account, long old) implements Undo {}

  private record StorageUndo(Address contract, Bytes32 slot, Bytes32 old) implements Undo {}

  private record BurnUndo(Wei old) implements Undo {}

  private List<Undo> journal = new ArrayList<>();
  private long journalBase;

  public Wei balance(Address a) {
    return balances.getOrDefault(a, Wei.ZERO);
  }

  public boolean exists(Address a) {
    return balances.containsKey(a) || nonces.containsKey(a) || storage.containsKey(a);
  }

  public void setBalance(Address a, Wei value) {
    journal.add(new BalanceUndo(a, balances.get(a)));
    balances.put(a, value);
  }

  public void credit(Address a, Wei amount) {
    setBalance(a, balance(a).plus(amount));
  }

  /** Debits {@code amount}; throws if the balance is short (callers check first). */
  public void debit(Address a, Wei amount) {
    setBalance(a, balance(a).minus(amount));
  }

  public long nonce(Address a) {
    return nonces.getOrDefault(a, 0L);
  }

  public void incrementNonce(Address a) {
    long old = nonce(a);
    journal.add(new NonceUndo(a, old));
    nonces.put(a, old + 1);
  }

  public Bytes32 load(Address contract, Bytes32 slot) {
    Map<Bytes32, Bytes32> s = storage.get(contract);
    if (s == null) {
      return Bytes32.ZERO;
    }
    return s.getOrDefault(slot, Bytes32.ZERO);
  }

  public void store(Address contract, Bytes32 slot, Bytes32 value) {
    Map<Bytes32, Bytes32> s = storage.computeIfAbsent(contract, k -> new HashMap<>());
    Bytes32 old = s.get(slot);
    journal.add(new StorageUndo(contract, slot, old == null ? Bytes32.ZERO : old));
    if (value.equals(Bytes32.ZERO)) {
      s.remove(slot);
    } else {
      s.put(slot, value);
    }
  }

  public Wei burned() {
    return burned;
  }

  /** Records {@code amount} as burned; the caller has already debited it from an account. */
  public void addBurned(Wei amount) {
    journal.add(new BurnUndo(burned));
    burned = burned.plus(amount);
  }

  /** Sum of all balances plus burned ether: constant under every operation but genesis funding. */
  public Wei totalSupply() {
    Wei sum = burned;
    for (Wei w : balances.values()) {
      sum = sum.plus(w);
    }
    return sum;
  }

  /** A position in the journal to revert to. */
  public long mark() {
    return journalBase + journal.size();
  }

  /** Undoes every change made after {@code mark}. */
  public void revertTo(long mark) {
    if (mark < journalBase) {
      throw new IllegalStateException("journal before " + mark + " was already forgotten");
    }
    for (long i = mark() - 1; i >= mark; i--) {
      Undo u = journal.remove((int) (i - journalBase));
      switch (u) {
        case BalanceUndo b -> {
          if (b.old() == null) {
            balances.remove(b.account());
          } else {
            balances.put(b.account(), b.old());
          }
        }
        case NonceUndo n -> {
          if (n.old() == 0) {
            nonces.remove(n.account());
          } else {
            nonces.put(n.account(), n.old());
          }
        }
        case StorageUndo s -> {
          Map<Bytes32, Bytes32> m = storage.computeIfAbsent(s.contract(), k -> new HashMap<>());
          if (s.old().equals(Bytes32.ZERO)) {
            m.remove(s.slot());
          } else {
            m.put(s.slot(), s.old());
          }
        }
        case BurnUndo b -> burned = b.old();
      }
    }
  }

  /**
   * Keccak-256 over what changed since {@code mark}, as it stands now: every balance, nonce,
   * storage slot and the burned total written since the mark, once each in order of first write,
   * with its current value. Writes already reverted are out of the journal and not covered. Entry
   * encodings: {@code 1 ‖ address ‖ balance (32 bytes)}, {@code 2 ‖ address ‖ nonce (8)}, {@code 3
   * ‖ contract ‖ slot ‖ value}, {@code 4 ‖ burned (32)}.
   */
  public Bytes32 changesDigest(long mark) {
    if (mark < journalBase || mark > mark()) {
      throw new IllegalArgumentException("mark " + mark + " outside the journal");
    }
    Set<Undo> seen = new HashSet<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Undo u : journal.subList((int) (mark - journalBase), journal.size())) {
      Undo key =
          switch (u) {
            case BalanceUndo b -> new BalanceUndo(b.account(), null);
            case NonceUndo n -> new NonceUndo(n.account(), 0);
            case StorageUndo st -> new StorageUndo(st.contract(), st.slot(), null);
            case BurnUndo b -> new BurnUndo(null);
          };
      if (!seen.add(key)) {
        continue;
      }
      switch (u) {
        case BalanceUndo b -> {
          out.write(1);
          out.writeBytes(b.account().toArray());
          out.writeBytes(balance(b.account()).toBytes32());
        }
        case NonceUndo n -> {
          out.write(2);
          out.writeBytes(n.account().toArray());
          out.writeBytes(ByteBuffer.allocate(8).putLong(nonce(n.account())).array());
        }
        case StorageUndo st -> {
          out.write(3);
          out.writeBytes(st.contract().toArray());
          out.writeBytes(st.slot().toArray());
          out.writeBytes(load(st.contract(), st.slot()).toArray());
        }
        case BurnUndo b -> {
          out.write(4);
          out.writeBytes(burned.toBytes32());
        }
      }
    }
    return Keccak256.digest(out.toByteArray());
  }

  /** Drops journal entries before {@code mark}; reverting past it becomes impossible. */
  public void forgetBefore(long mark) {
    if (mark <= journalBase) {
      return;
    }
    int drop = (int) (mark - journalBase);
    journal = new ArrayList<>(journal.subList(drop, journal.size()));
    journalBase = mark;
  }
}
