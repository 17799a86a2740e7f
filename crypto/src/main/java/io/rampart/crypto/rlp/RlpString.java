package io.rampart.crypto.rlp;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/** An RLP byte string. Integers are big-endian with no leading zero byte; zero is empty. */
public final class RlpString implements RlpItem {
  public static final RlpString EMPTY = new RlpString(new byte[0]);

  private final byte[] bytes;

  private RlpString(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static RlpString of(byte[] bytes) {
    return new RlpString(bytes.clone());
  }

  /** Bytes {@code from..to} of {@code source}, copied. */
  static RlpString copyOf(byte[] source, int from, int to) {
    return new RlpString(Arrays.copyOfRange(source, from, to));
  }

  /** The canonical encoding of an unsigned integer; negative values are a programming error. */
  public static RlpString ofUnsigned(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned: " + value);
    }
    if (value.signum() == 0) {
      return EMPTY;
    }
    byte[] raw = value.toByteArray();
    return raw[0] == 0 ? new RlpString(Arrays.copyOfRange(raw, 1, raw.length)) : new RlpString(raw);
  }

  /** The canonical encoding of a non-negative long. */
  public static RlpString ofUnsigned(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned: " + value);
    }
    int len = (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
    byte[] out = new byte[len];
    for (int i = len - 1; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return new RlpString(out);
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  public byte byteAt(int i) {
    return bytes[i];
  }

  void copyTo(byte[] dst, int offset) {
    System.arraycopy(bytes, 0, dst, offset, bytes.length);
  }

  /** Whether this is a canonical integer: empty (zero) or without a leading zero byte. */
  public boolean isCanonicalUnsigned() {
    return bytes.length == 0 || bytes[0] != 0;
  }

  /** The bytes read as a big-endian unsigned integer (leading zeros, if any, are ignored). */
  public BigInteger toUnsignedBigInteger() {
    return new BigInteger(1, bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RlpString other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }
}
