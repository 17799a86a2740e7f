package io.rampart.chain.stf;

import io.rampart.chain.tx.Rejection;

/**
 * Result of the state transition on one transaction: applied (in the block, with a receipt that may
 * say it failed) or invalid (not in the block, state unchanged).
 */
public sealed interface TxOutcome {
  record Applied(Receipt receipt) implements TxOutcome {}

  record Invalid(Rejection rejection) implements TxOutcome {}
}
