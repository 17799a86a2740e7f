package io.rampart.l1.core;

import java.math.BigInteger;

/** A non-negative amount of ether in wei. Arithmetic that would go negative throws. */
public record Wei(BigInteger value) implements Comparable<Wei> {
  public static final Wei ZERO = new Wei(BigInteger.ZERO);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);

  public Wei {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative wei: " + value);
    }
  }

  public static Wei of(long wei) {
    return new Wei(BigInteger.valueOf(wei));
  }

  public static Wei ofGwei(long gwei) {
    return new Wei(BigInteger.valueOf(gwei).multiply(GWEI));
  }

  public static Wei ofEther(long ether) {
    return new Wei(BigInteger.valueOf(ether).multiply(ETHER));
  }

  public Wei plus(Wei o) {
    return new Wei(value.add(o.value));
  }

  public Wei minus(Wei o) {
    return new Wei(value.subtract(o.value));
  }

  public Wei times(long factor) {
    return new Wei(value.multiply(BigInteger.valueOf(factor)));
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  /** Whether this is a whole number of gwei (the L2's unit). */
  public boolean isWholeGwei() {
    return value.mod(GWEI).signum() == 0;
  }

  /** Whole gwei, rounded down; throws if it does not fit a long. */
  public long toGwei() {
    return value.divide(GWEI).longValueExact();
  }

  /** The amount as a 32-byte big-endian word (uint256); throws if it exceeds 256 bits. */
  public byte[] toBytes32() {
    if (value.bitLength() > 256) {
      throw new ArithmeticException("amount exceeds 256 bits: " + value);
    }
    byte[] v = value.toByteArray();
    int skip = v.length > 32 ? v.length - 32 : 0; // a sign byte of zero
    byte[] out = new byte[32];
    System.arraycopy(v, skip, out, 32 - (v.length - skip), v.length - skip);
    return out;
  }

  @Override
  public int compareTo(Wei o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value + " wei";
  }
}
