package io.rampart.crypto.merkle;

/** Outcome of decoding a compressed proof: the proof, or why the bytes are not one. */
public sealed interface ProofDecoding {

  /** The bytes were a canonical encoding of {@code proof}. */
  record Decoded(MerkleProof proof) implements ProofDecoding {}

  /** The bytes were rejected for {@code reason}; nothing was decoded. */
  record Malformed(String reason) implements ProofDecoding {}
}
