package io.rampart.crypto.rlp;

/** Outcome of {@link Rlp#decode}: the item, or the first fault found. */
public sealed interface RlpDecodeResult {

  record Decoded(RlpItem item) implements RlpDecodeResult {}

  record Malformed(RlpError error) implements RlpDecodeResult {}
}
