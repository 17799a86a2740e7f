package io.rampart.stark.air.poseidon;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2Constants;

/**
 * Poseidon2 over Goldilocks, width 12, x^7, 4 + 4 full and 22 partial rounds: the constants of the
 * authors' reference implementation, github.com/HorizenLabs/poseidon2 file {@code
 * plain_implementations/src/poseidon2/poseidon2_instance_goldilocks.rs} ({@code RC12} and {@code
 * MAT_DIAG12_M_1}). Taken from {@link Poseidon2Constants}, the single copy in the project; {@code
 * Poseidon2RoundsTest} checks that the round function built from them reproduces {@code
 * io.rampart.crypto.poseidon2.Poseidon2#permute} bit for bit.
 */
final class Poseidon2Params {
  private Poseidon2Params() {}

  static final long[][] EXTERNAL_RC = Poseidon2Constants.externalRoundConstants();

  static final long[] INTERNAL_RC = Poseidon2Constants.internalRoundConstants();

  static final long[] INTERNAL_DIAG_M_1 = Poseidon2Constants.internalDiagonalMinusOne();

  /**
   * Checks a hash chain's public input and output: 12 canonical Goldilocks elements each.
   *
   * @throws IllegalArgumentException otherwise
   */
  static void checkChainEnds(long[] input, long[] output) {
    if (input.length != 12 || output.length != 12) {
      throw new IllegalArgumentException("input and output have 12 elements");
    }
    for (int i = 0; i < 12; i++) {
      if (!Goldilocks.isCanonical(input[i]) || !Goldilocks.isCanonical(output[i])) {
        throw new IllegalArgumentException("non-canonical public input");
      }
    }
  }
}
