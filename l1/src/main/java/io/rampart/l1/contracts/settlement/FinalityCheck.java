package io.rampart.l1.contracts.settlement;

import io.rampart.crypto.Bytes32;
import java.util.Optional;

/**
 * A commitment's status together with its withdrawal root, which is present exactly when the status
 * is {@link CommitmentStatus.Final}: what the bridge needs before paying a withdrawal, read in one
 * pass over the commitment's storage.
 */
public record FinalityCheck(CommitmentStatus status, Optional<Bytes32> withdrawalRoot) {
  public FinalityCheck {
    if (withdrawalRoot.isPresent() != (status instanceof CommitmentStatus.Final)) {
      throw new IllegalArgumentException("a withdrawal root goes with a final status only");
    }
  }

  public static FinalityCheck notFinal(CommitmentStatus status) {
    return new FinalityCheck(status, Optional.empty());
  }

  public static FinalityCheck finalWith(Bytes32 withdrawalRoot) {
    return new FinalityCheck(new CommitmentStatus.Final(), Optional.of(withdrawalRoot));
  }
}
