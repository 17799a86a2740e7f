package io.rampart.l1.core;

import io.rampart.crypto.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** A 20-byte L1 account address. Immutable; the array is copied in and out. */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(new byte[SIZE]);

  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Address wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("expected 20 bytes, got " + bytes.length);
    }
    return new Address(bytes.clone());
  }

  /** Parses 40 hex digits, with or without {@code 0x}. */
  public static Address fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 2 * SIZE) {
      throw new IllegalArgumentException("expected 40 hex digits, got " + digits.length());
    }
    return new Address(HexFormat.of().parseHex(digits));
  }

  /** A deterministic address for a name (last 20 bytes of its Keccak-256), for tests and demos. */
  public static Address named(String name) {
    byte[] h = Keccak256.digest(name.getBytes(StandardCharsets.UTF_8)).toArray();
    return new Address(Arrays.copyOfRange(h, 12, 32));
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public void copyTo(byte[] dst, int offset) {
    System.arraycopy(bytes, 0, dst, offset, SIZE);
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Address o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
