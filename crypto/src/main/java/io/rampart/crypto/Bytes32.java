package io.rampart.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable 32-byte value: a hash, a Merkle node, a state root. The array is copied on the way
 * in and on the way out.
 */
public final class Bytes32 implements Comparable<Bytes32> {
  public static final int SIZE = 32;
  public static final Bytes32 ZERO = new Bytes32(new byte[SIZE]);

  private final byte[] bytes;

  private Bytes32(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}, which must be exactly 32 long. */
  public static Bytes32 wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("expected 32 bytes, got " + bytes.length);
    }
    return new Bytes32(bytes.clone());
  }

  /** Takes ownership of {@code bytes} without copying; the caller must not change it afterwards. */
  public static Bytes32 adopt(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("expected 32 bytes, got " + bytes.length);
    }
    return new Bytes32(bytes);
  }

  /** Parses 64 hex digits, with or without a {@code 0x} prefix. */
  public static Bytes32 fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 2 * SIZE) {
      throw new IllegalArgumentException("expected 64 hex digits, got " + digits.length());
    }
    return new Bytes32(HexFormat.of().parseHex(digits));
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  /** Copies the 32 bytes into {@code dst} at {@code offset}. */
  public void copyTo(byte[] dst, int offset) {
    System.arraycopy(bytes, 0, dst, offset, SIZE);
  }

  public byte get(int i) {
    return bytes[i];
  }

  /** Returns a copy with bit {@code bit} (0 = most significant bit of byte 0) flipped. */
  public Bytes32 flipBit(int bit) {
    byte[] copy = bytes.clone();
    copy[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    return new Bytes32(copy);
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes32 other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Bytes32 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
