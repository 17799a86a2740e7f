package io.rampart.crypto.ecdsa;

import io.rampart.crypto.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A 20-byte Ethereum address. {@link #toString()} gives the EIP-55 mixed-case checksum form; {@link
 * #parse(String)} accepts all-lowercase, all-uppercase or correctly checksummed hex.
 */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;

  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Why a string is not an address. */
  public enum ParseError {
    WRONG_LENGTH("expected 40 hex digits after an optional 0x"),
    NOT_HEX("contains a character that is not a hex digit"),
    BAD_CHECKSUM("mixed-case hex whose capitalisation does not match the EIP-55 checksum");

    private final String message;

    ParseError(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  /** Outcome of {@link #parse(String)}. */
  public sealed interface Parsed {
    /** The string is a valid address. */
    record Valid(Address address) implements Parsed {}

    /** The string is not an address, and why. */
    record Invalid(ParseError error) implements Parsed {}
  }

  /** The address with these 20 bytes, or empty for any other length. */
  public static Optional<Address> fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != SIZE) {
      return Optional.empty();
    }
    return Optional.of(new Address(bytes.clone()));
  }

  /** The address of a public key: the last 20 bytes of Keccak-256(x || y). */
  public static Address of(PublicKey key) {
    byte[] digest = Keccak256.digest(key.xyUnsafe()).toArray();
    return new Address(Arrays.copyOfRange(digest, 12, 32));
  }

  /**
   * Parses 40 hex digits with an optional {@code 0x} prefix. Lowercase-only and uppercase-only
   * strings carry no checksum and are accepted; mixed case must match EIP-55 exactly.
   */
  public static Parsed parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (digits.length() != 2 * SIZE) {
      return new Parsed.Invalid(ParseError.WRONG_LENGTH);
    }
    if (!Hex.isHex(digits)) {
      return new Parsed.Invalid(ParseError.NOT_HEX);
    }
    Address a = new Address(HexFormat.of().parseHex(digits));
    boolean allLower = digits.equals(digits.toLowerCase(Locale.ROOT));
    boolean allUpper = digits.equals(digits.toUpperCase(Locale.ROOT));
    if (!allLower && !allUpper && !a.checksumDigits().equals(digits)) {
      return new Parsed.Invalid(ParseError.BAD_CHECKSUM);
    }
    return new Parsed.Valid(a);
  }

  /** {@link #parse(String)} without the reason. */
  public static Optional<Address> tryParse(String text) {
    return parse(text) instanceof Parsed.Valid(Address a) ? Optional.of(a) : Optional.empty();
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  /** Copies the 20 bytes into {@code dst} at {@code offset}. */
  public void copyTo(byte[] dst, int offset) {
    System.arraycopy(bytes, 0, dst, offset, SIZE);
  }

  /** {@code 0x} and 40 lowercase hex digits. */
  public String toLowerHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  /** {@code 0x} and the 40 hex digits in EIP-55 checksum case. */
  public String toChecksumHex() {
    return "0x" + checksumDigits();
  }

  private String checksumDigits() {
    String lower = HexFormat.of().formatHex(bytes);
    byte[] hash = Keccak256.digest(lower.getBytes(StandardCharsets.US_ASCII)).toArray();
    char[] out = lower.toCharArray();
    for (int i = 0; i < out.length; i++) {
      int nibble = (hash[i >>> 1] >>> ((i & 1) == 0 ? 4 : 0)) & 0xf;
      if (out[i] >= 'a' && nibble >= 8) {
        out[i] = Character.toUpperCase(out[i]);
      }
    }
    return new String(out);
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
    return toChecksumHex();
  }
}
