package io.rampart.stark.prover;

import io.rampart.stark.proof.StarkProof;

/** Outcome of {@link StarkProver#prove}. */
public sealed interface ProveResult {
  record Proved(StarkProof proof, byte[] bytes) implements ProveResult {}

  /** Debug mode found a violated constraint; no proof was made. */
  record TraceRejected(ConstraintFailure failure) implements ProveResult {}
}
