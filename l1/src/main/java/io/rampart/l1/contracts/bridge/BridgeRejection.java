package io.rampart.l1.contracts.bridge;

/**
 * Why the bridge refused a call; {@link #name()} is the revert reason in the receipt. Checks run in
 * the order listed for a withdrawal: commitment, root, replay, proof, then payment.
 */
public enum BridgeRejection {
  ZERO_DEPOSIT,
  NOT_WHOLE_GWEI,
  UNKNOWN_COMMITMENT,
  COMMITMENT_NOT_FINAL,
  COMMITMENT_REJECTED,
  ZERO_WITHDRAWAL_ROOT,
  ALREADY_WITHDRAWN,
  INVALID_PROOF,
  NOT_PAYABLE,
  UNKNOWN_CALL
}
