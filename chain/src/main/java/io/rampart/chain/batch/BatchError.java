package io.rampart.chain.batch;

import java.util.Objects;

/** Why batch bytes were refused: a kind to switch over and where exactly it went wrong. */
public record BatchError(Kind kind, String detail) {
  public BatchError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  public enum Kind {
    EMPTY,
    UNKNOWN_VERSION,
    DECOMPRESSION_FAILED,
    TOO_LARGE,
    TRUNCATED,
    BAD_VARINT,
    WRONG_CHAIN_ID,
    BAD_FEE_TEMPLATE,
    BAD_TX_KIND,
    BAD_TEMPLATE_INDEX,
    LIMIT_EXCEEDED,
    NO_BLOCKS,
    TRAILING_BYTES
  }
}
