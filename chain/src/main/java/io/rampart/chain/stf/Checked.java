package io.rampart.chain.stf;

import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;

/** A user transaction that passed the stateless rules, or why it did not. */
public sealed interface Checked {
  record Ok(L2Tx.UserTx tx) implements Checked {}

  record Refused(Rejection rejection) implements Checked {}
}
