package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the replacement blocks of a reorg contain. The orphaned blocks' transactions are replayed
 * into blocks with the same slots and timestamps, except those in {@code drop}. A dropped
 * transaction (and any later one from the same sender that its absence leaves with a nonce gap)
 * goes back to the pool when {@code returnToPool}, to be included again in a later block, as on
 * Ethereum; otherwise it is gone. With {@code shuffleSeed} present, the surviving transactions are
 * reordered (deterministically from that seed) before they are packed.
 */
public record ReorgPlan(Set<Bytes32> drop, boolean returnToPool, Long shuffleSeed) {
  public ReorgPlan {
    // Sorted, so that the plan's description (hashed into the event log) never depends on the
    // JVM's per-run hash-set iteration order.
    drop = Collections.unmodifiableSortedSet(new TreeSet<>(drop));
  }

  /** Same transactions, same order: only the block hashes change. */
  public static ReorgPlan sameTransactions() {
    return new ReorgPlan(Set.of(), true, null);
  }

  /** Leaves {@code txs} out of the new branch; they return to the pool. */
  public static ReorgPlan dropping(Set<Bytes32> txs) {
    return new ReorgPlan(txs, true, null);
  }

  /** Leaves {@code txs} out for good. */
  public static ReorgPlan discarding(Set<Bytes32> txs) {
    return new ReorgPlan(txs, false, null);
  }

  public ReorgPlan shuffled(long seed) {
    return new ReorgPlan(drop, returnToPool, seed);
  }
}
