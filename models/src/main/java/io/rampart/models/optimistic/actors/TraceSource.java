package io.rampart.models.optimistic.actors;

import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.models.optimistic.trace.Trace;
import java.util.Optional;

/** Where a party's trace comes from; refreshed before every decision. */
public interface TraceSource {
  /** Catches up with L1; returns the number of L2 blocks known. */
  long refresh();

  Trace trace();

  /** One-step proofs, for a party whose trace is the true one. */
  Optional<ChainTrace> stepper();

  /** One-step proofs with their input proofs, for a party that derives the chain from L1. */
  default Optional<StepProver> prover() {
    return Optional.empty();
  }
}
