package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An input proof with a missing part cannot be built, so the contract's checks, which would
 * otherwise throw a NullPointerException out of the L1 executor instead of reverting, never meet
 * one.
 */
class InputProofShapeTest {
  @Test
  void aProofWithAMissingPartCannotBeBuilt() {
    assertThatThrownBy(() -> new InputProof.BatchTx(0, 0, 0, (InputProof.BatchData) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("data");
    assertThatThrownBy(() -> new InputProof.EmptyBlock(0, 0, (InputProof.BatchData) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("data");
    assertThatThrownBy(() -> new InputProof.DepositInput(0, null, 1, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("to");
    assertThatThrownBy(() -> new InputProof.ForcedInput(0, 1, 2, null))
        .isInstanceOf(NullPointerException.class);
  }
}
