package io.rampart.crypto.merkle;

/** Outcome of checking a Merkle proof: valid, or invalid with the first reason found. */
public sealed interface ProofCheck {

  /** The shared valid outcome. */
  ProofCheck VALID = new Valid();

  /** Why a proof was rejected. */
  enum Reason {
    /** The proof, root or hasher is missing. */
    MISSING_INPUT,
    /** The depth is outside 1..64 or does not match the proof. */
    BAD_DEPTH,
    /** The key or index is outside the tree. */
    OUT_OF_RANGE,
    /** The number of siblings is not the one the tree shape requires. */
    WRONG_SIBLING_COUNT,
    /** A leaf, sibling or root is not a value the hasher can output. */
    INVALID_NODE,
    /** The path recomputes to a different root. */
    ROOT_MISMATCH
  }

  /** True for {@link Valid}. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The proof binds the leaf to the root. */
  record Valid() implements ProofCheck {}

  /** The proof does not bind the leaf to the root, for {@code reason}. */
  record Invalid(Reason reason, String detail) implements ProofCheck {}

  static ProofCheck invalid(Reason reason, String detail) {
    return new Invalid(reason, detail);
  }
}
