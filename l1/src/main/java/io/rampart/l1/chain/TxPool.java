package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.state.L1State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Pending transactions in arrival order, and the next nonce each sender gets. */
final class TxPool {
  private final LinkedHashMap<Bytes32, L1Tx> txs = new LinkedHashMap<>();
  private final Map<Address, Long> nextNonces = new HashMap<>();

  int size() {
    return txs.size();
  }

  /** The nonce a new transaction from {@code sender} gets. */
  long nextNonce(Address sender, L1State state) {
    return nextNonces.getOrDefault(sender, state.nonce(sender));
  }

  void add(L1Tx tx) {
    txs.put(tx.hash(), tx);
    nextNonces.merge(tx.from(), tx.nonce() + 1, Math::max);
  }

  List<L1Tx> inOrder() {
    return new ArrayList<>(txs.values());
  }

  void remove(L1Tx tx) {
    txs.remove(tx.hash());
  }

  /** Puts {@code returned} (transactions from orphaned blocks) ahead of everything pending. */
  void returnToFront(List<L1Tx> returned) {
    LinkedHashMap<Bytes32, L1Tx> merged = new LinkedHashMap<>();
    for (L1Tx tx : returned) {
      merged.put(tx.hash(), tx);
    }
    merged.putAll(txs);
    txs.clear();
    txs.putAll(merged);
  }

  /**
   * Drops what can never be included, and recomputes the next nonces: transactions whose nonce the
   * chain has passed, and those behind a nonce gap (a sender's pending nonces must run on from its
   * state nonce without a hole; a reorg that discards a transaction leaves its sender's later ones
   * behind such a hole). A sender with nothing pending gets its state nonce next.
   */
  void dropStale(L1State state) {
    Map<Address, TreeSet<Long>> pending = new HashMap<>();
    for (L1Tx tx : txs.values()) {
      pending.computeIfAbsent(tx.from(), k -> new TreeSet<>()).add(tx.nonce());
    }
    nextNonces.clear();
    for (Map.Entry<Address, TreeSet<Long>> e : pending.entrySet()) {
      long next = state.nonce(e.getKey());
      for (long n : e.getValue().tailSet(next)) {
        if (n != next) {
          break;
        }
        next++;
      }
      nextNonces.put(e.getKey(), next);
    }
    txs.values()
        .removeIf(
            tx -> tx.nonce() < state.nonce(tx.from()) || tx.nonce() >= nextNonces.get(tx.from()));
  }
}
