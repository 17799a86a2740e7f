package io.rampart.stark.proof;

/** Outcome of decoding proof bytes. */
public sealed interface DecodeResult {
  record Decoded(StarkProof proof) implements DecodeResult {}

  /** The bytes are not a well-formed proof; {@code offset} is where decoding stopped. */
  record Malformed(String reason, int offset) implements DecodeResult {}
}
