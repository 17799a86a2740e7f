package io.rampart.l1.contracts.settlement;

/** Where a commitment stands in its security model. */
public sealed interface CommitmentStatus {

  /** No commitment with that index. */
  record Unknown() implements CommitmentStatus {}

  /**
   * Accepted, not final. {@code finalAfter} is the L1 timestamp (seconds) after which it becomes
   * final if nothing intervenes, or -1 when the model cannot say (a dispute is open).
   */
  record Pending(long finalAfter) implements CommitmentStatus {}

  /** Final: withdrawals may be paid against it. */
  record Final() implements CommitmentStatus {}

  /** Rejected by the model (a lost dispute, an invalid proof); never final. */
  record Rejected(String reason) implements CommitmentStatus {}
}
