package io.rampart.crypto.rlp;

/**
 * Why a byte string is not canonical RLP: the kind of fault, the offset of the item header at fault
 * (or of the first unexpected byte) and a message that names both.
 */
public record RlpError(Kind kind, int offset, String message) {

  public enum Kind {
    /** No bytes at all. */
    EMPTY_INPUT,
    /** The input is larger than {@link RlpLimits#maxInputBytes()}. */
    INPUT_TOO_LARGE,
    /** A declared length runs past the end of the input or of the enclosing list. */
    OUT_OF_BOUNDS,
    /** A long-form length starts with a zero byte. */
    LEADING_ZERO_IN_LENGTH,
    /** A long-form length is used for fewer than 56 bytes. */
    NON_CANONICAL_LENGTH,
    /** A single byte below 0x80 is wrapped in a string header. */
    NON_CANONICAL_SINGLE_BYTE,
    /** A declared length does not fit in 31 bits. */
    LENGTH_TOO_LARGE,
    /** Lists are nested deeper than {@link RlpLimits#maxDepth()}. */
    TOO_DEEP,
    /** Bytes follow the single top-level item. */
    TRAILING_BYTES
  }
}
