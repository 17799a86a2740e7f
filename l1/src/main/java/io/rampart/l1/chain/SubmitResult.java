package io.rampart.l1.chain;

/** Whether the L1 accepted a transaction into its pool. */
public sealed interface SubmitResult {

  /** In the pool, with its nonce assigned. */
  record Accepted(L1Tx tx) implements SubmitResult {}

  /** Refused; nothing changed. */
  record Rejected(Reason reason, String detail) implements SubmitResult {}

  /** Why a transaction was refused. */
  enum Reason {
    GAS_LIMIT_BELOW_INTRINSIC,
    GAS_LIMIT_ABOVE_BLOCK_LIMIT,
    GAS_LIMIT_ABOVE_TX_CAP,
    TOO_MANY_BLOBS,
    INSUFFICIENT_FUNDS
  }
}
