package io.rampart.stark.verifier;

/** Why a proof was rejected. */
public enum Rejection {
  /** The bytes do not decode. */
  MALFORMED,
  /** The proof's options give less than the verifier's minimum security. */
  INSUFFICIENT_SECURITY,
  /** The options cannot carry this AIR (blowup below its constraint degree). */
  UNSUPPORTED_OPTIONS,
  /** Counts or sizes do not match the statement and options. */
  BAD_SHAPE,
  /** Trace length differs from the statement's. */
  WRONG_TRACE_LENGTH,
  /** The constraints at z do not match the composition columns at z. */
  OOD_MISMATCH,
  /** The proof-of-work nonce is not valid. */
  BAD_POW,
  TRACE_PATH,
  COMPOSITION_PATH,
  FRI_PATH,
  /** A FRI layer value differs from the fold of the previous one (or from the DEEP value). */
  FRI_INCONSISTENT,
  /** The last fold differs from the remainder polynomial. */
  REMAINDER_MISMATCH
}
