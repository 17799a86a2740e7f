package io.rampart.crypto.tx;

import java.math.BigInteger;

/** Range checks shared by the transaction records. */
final class Uint {
  static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  /** Largest chain id whose EIP-155 v (chainId * 2 + 36) still fits in a long. */
  static final long MAX_CHAIN_ID = (Long.MAX_VALUE - 36) / 2;

  private Uint() {}

  static BigInteger u256(BigInteger v, String field) {
    if (v.signum() < 0 || v.compareTo(TWO_256) >= 0) {
      throw new IllegalArgumentException(field + " must be in [0, 2^256): " + v);
    }
    return v;
  }

  static long nonNegative(long v, String field) {
    if (v < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + v);
    }
    return v;
  }

  static long chainId(long v) {
    if (v < 1 || v > MAX_CHAIN_ID) {
      throw new IllegalArgumentException("chain id must be in [1, " + MAX_CHAIN_ID + "]: " + v);
    }
    return v;
  }
}
