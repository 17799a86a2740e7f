package io.rampart.stark.options;

import io.rampart.stark.commit.VectorHash;

/**
 * Named option sets. Conjectured security ({@link Security}) for a 2^17-row trace is printed by
 * {@code SecurityTest} and in docs/stark.md.
 */
public enum Profile {
  /**
   * For tests only: 8 queries at blowup 8 and no grinding, about 24 bits. Verifiers must be told to
   * accept it explicitly.
   */
  TEST(new ProofOptions(8, 8, 0, 4, 16, VectorHash.SHA256)),
  /** About 100 bits conjectured: blowup 8, 28 queries, 16 grinding bits (Plonky2's choice). */
  BITS_100(new ProofOptions(28, 8, 16, 8, 32, VectorHash.SHA256)),
  /**
   * 128 query bits: blowup 16, 29 queries, 12 grinding bits. Over the quadratic extension the field
   * term caps the total near 128 - log2(LDE size) bits (see {@link Security}).
   */
  BITS_128(new ProofOptions(29, 16, 12, 8, 32, VectorHash.SHA256));

  private final ProofOptions options;

  Profile(ProofOptions options) {
    this.options = options;
  }

  public ProofOptions options() {
    return options;
  }
}
