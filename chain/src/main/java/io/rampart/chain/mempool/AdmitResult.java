package io.rampart.chain.mempool;

import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;

/** What the pool did with one submitted transaction. */
public sealed interface AdmitResult {
  /** Added; {@code evicted} is a worse-paying transaction dropped to make room, if any. */
  record Added(L2Tx.UserTx tx, java.util.Optional<L2Tx.UserTx> evicted) implements AdmitResult {}

  /** Took the place of {@code replaced} (same sender and nonce, enough fee bump). */
  record Replaced(L2Tx.UserTx tx, L2Tx.UserTx replaced) implements AdmitResult {}

  /** Refused; the pool is unchanged. */
  record Rejected(Rejection rejection) implements AdmitResult {}
}
