package io.rampart.chain.batch;

/** Outcome of decoding batch bytes. */
public sealed interface BatchDecodeResult {
  record Decoded(Batch batch) implements BatchDecodeResult {}

  record Malformed(BatchError error) implements BatchDecodeResult {}
}
