package io.rampart.node.rpc;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ethereum's JSON encodings: quantities ({@code 0x1f}, no leading zeros) and data ({@code 0x..}).
 */
public final class Hex {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] NIBBLES = nibbles();

  private Hex() {}

  public static String quantity(long v) {
    return "0x" + Long.toHexString(v);
  }

  public static String quantity(BigInteger v) {
    return "0x" + v.toString(16);
  }

  /** An unsigned 64-bit amount of gwei, as wei. */
  public static String gweiAsWei(long gwei) {
    return quantity(new BigInteger(Long.toUnsignedString(gwei)).multiply(BigInteger.TEN.pow(9)));
  }

  public static String data(byte[] b) {
    return "0x" + HEX.formatHex(b);
  }

  public static String hash(Bytes32 h) {
    return h.toHex();
  }

  public static String address(Address a) {
    return a.toLowerHex();
  }

  /** Parses a quantity; throws {@link RpcException} (invalid params) naming {@code what}. */
  public static BigInteger parseQuantity(String s, String what) {
    if (s == null || !s.startsWith("0x") || s.length() < 3 || s.length() > 66) {
      throw RpcException.invalidParams(
          what + ": expected a hex quantity like 0x1a, got " + quote(s));
    }
    for (int i = 2; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        throw RpcException.invalidParams(what + ": not a hex quantity: " + quote(s));
      }
    }
    return new BigInteger(s.substring(2), 16);
  }

  /** Parses data: {@code 0x} and an even number of hex digits. */
  public static byte[] parseData(String s, String what) {
    if (s == null || !s.startsWith("0x")) {
      throw RpcException.invalidParams(what + ": expected 0x-prefixed hex data, got " + quote(s));
    }
    if ((s.length() & 1) != 0) {
      throw RpcException.invalidParams(what + ": hex data has an odd number of digits");
    }
    byte[] out = new byte[(s.length() - 2) / 2];
    for (int i = 0, at = 2; i < out.length; i++, at += 2) {
      int hi = nibble(s.charAt(at));
      int lo = nibble(s.charAt(at + 1));
      if ((hi | lo) < 0) {
        throw RpcException.invalidParams(what + ": not hex data");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** The value of a hex digit (either case), or -1. A table: raw transactions are parsed here. */
  private static int nibble(char c) {
    return c < NIBBLES.length ? NIBBLES[c] : -1;
  }

  private static byte[] nibbles() {
    byte[] t = new byte['f' + 1];
    Arrays.fill(t, (byte) -1);
    for (int d = 0; d < 16; d++) {
      t[Character.forDigit(d, 16)] = (byte) d;
      t[Character.toUpperCase(Character.forDigit(d, 16))] = (byte) d;
    }
    return t;
  }

  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "\"";
  }
}
