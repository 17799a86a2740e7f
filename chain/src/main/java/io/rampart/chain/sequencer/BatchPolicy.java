package io.rampart.chain.sequencer;

/**
 * When the sequencer closes a batch: once its uncompressed payload reaches {@code maxPayloadBytes},
 * or once {@code maxAgeSeconds} have passed since its first block's timestamp (the OP Stack
 * batcher's max channel duration plays the same role).
 */
public record BatchPolicy(long maxPayloadBytes, long maxAgeSeconds) {
  public BatchPolicy {
    if (maxPayloadBytes < 1 || maxAgeSeconds < 0) {
      throw new IllegalArgumentException("bad batch policy");
    }
  }

  /** 120 KB (a blob holds 130,044 bytes) or 60 seconds. */
  public static BatchPolicy defaults() {
    return new BatchPolicy(120_000, 60);
  }
}
