package io.rampart.crypto.ecdsa;

/** Why a signature was rejected. Each constant carries a message fit for an error report. */
public enum SignatureError {
  R_OUT_OF_RANGE("r must be in [1, n-1]"),
  S_OUT_OF_RANGE("s must be in [1, n-1]"),
  S_NOT_LOW("s must be at most n/2 (low-s rule, EIP-2)"),
  BAD_RECOVERY_ID("recovery id must be 0 or 1"),
  NOT_RECOVERABLE("no public key recovers from this signature and hash");

  private final String message;

  SignatureError(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
