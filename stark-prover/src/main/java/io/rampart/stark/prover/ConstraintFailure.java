package io.rampart.stark.prover;

/**
 * The first constraint a trace violates.
 *
 * @param row the row (for a transition constraint, the row whose step to {@code row + 1} fails)
 * @param constraint the transition constraint index, or the assertion index
 * @param kind "transition" or "assertion"
 */
public record ConstraintFailure(int row, int constraint, String kind) {
  @Override
  public String toString() {
    return kind + " constraint " + constraint + " fails at row " + row;
  }
}
