package io.rampart.crypto.field;

import java.math.BigInteger;

/**
 * An element of the Goldilocks field, always canonical. For APIs; hot loops use the static methods
 * of {@link Goldilocks} on {@code long}.
 *
 * @param value the element as an unsigned 64-bit integer below p
 */
public record Felt(long value) implements Comparable<Felt> {
  public static final Felt ZERO = new Felt(0);
  public static final Felt ONE = new Felt(1);

  /** The modulus p as a {@link BigInteger}. */
  public static final BigInteger MODULUS = new BigInteger("18446744069414584321");

  /**
   * @throws IllegalArgumentException if {@code value}, read as unsigned, is not below p
   */
  public Felt {
    if (!Goldilocks.isCanonical(value)) {
      throw new IllegalArgumentException(
          "not a canonical Goldilocks element: " + Long.toUnsignedString(value));
    }
  }

  /** The element whose canonical value is {@code value}; rejects values &gt;= p. */
  public static Felt of(long value) {
    return new Felt(value);
  }

  /** {@code value} (read as unsigned) reduced modulo p; accepts every 64-bit pattern. */
  public static Felt reduce(long value) {
    return new Felt(Goldilocks.reduce(value));
  }

  /** {@code value} modulo p, for any integer, negative ones included. */
  public static Felt of(BigInteger value) {
    return new Felt(value.mod(MODULUS).longValue());
  }

  /**
   * Decodes 8 little-endian bytes at {@code off}.
   *
   * @throws IllegalArgumentException if they encode a value &gt;= p
   */
  public static Felt fromBytes(byte[] src, int off) {
    return new Felt(Goldilocks.fromBytes(src, off));
  }

  public Felt add(Felt o) {
    return new Felt(Goldilocks.add(value, o.value));
  }

  public Felt sub(Felt o) {
    return new Felt(Goldilocks.sub(value, o.value));
  }

  public Felt mul(Felt o) {
    return new Felt(Goldilocks.mul(value, o.value));
  }

  public Felt neg() {
    return new Felt(Goldilocks.neg(value));
  }

  public Felt square() {
    return new Felt(Goldilocks.square(value));
  }

  /** {@code this} to the power {@code exp}, with {@code exp} read as unsigned. */
  public Felt pow(long exp) {
    return new Felt(Goldilocks.pow(value, exp));
  }

  /**
   * @throws ArithmeticException if {@code this} is zero
   */
  public Felt inverse() {
    return new Felt(Goldilocks.inverse(value));
  }

  public boolean isZero() {
    return value == 0;
  }

  /** The canonical encoding: 8 bytes, little-endian. */
  public byte[] toBytes() {
    return Goldilocks.toBytes(value);
  }

  public BigInteger toBigInteger() {
    return new BigInteger(Long.toUnsignedString(value));
  }

  /** Orders by canonical value. */
  @Override
  public int compareTo(Felt o) {
    return Long.compareUnsigned(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toUnsignedString(value);
  }
}
