package io.rampart.stark.verifier;

/** Outcome of {@link StarkVerifier#verify}. */
public sealed interface VerifyResult {
  record Accepted(int securityBits) implements VerifyResult {}

  record Rejected(Rejection reason, String detail) implements VerifyResult {}

  default boolean accepted() {
    return this instanceof Accepted;
  }
}
