package io.rampart.crypto.rlp;

import java.util.ArrayList;
import java.util.List;

/**
 * RLP encoding and strict decoding. The decoder accepts only the canonical encoding of each item
 * (shortest length form, no leading zeros in lengths, single bytes below 0x80 unwrapped, exactly
 * one top-level item) and reports the first fault as a value; it never throws for bad input.
 */
public final class Rlp {
  private Rlp() {}

  /** The canonical encoding of {@code item}. */
  public static byte[] encode(RlpItem item) {
    return switch (item) {
      case RlpString s -> encodeString(s);
      case RlpList l -> encodeList(l);
    };
  }

  private static byte[] encodeString(RlpString s) {
    int len = s.length();
    if (len == 1 && (s.byteAt(0) & 0xff) < 0x80) {
      return new byte[] {s.byteAt(0)};
    }
    byte[] out = new byte[headerLength(len) + len];
    int at = writeHeader(out, 0x80, len);
    s.copyTo(out, at);
    return out;
  }

  private static byte[] encodeList(RlpList list) {
    List<byte[]> parts = new ArrayList<>(list.size());
    int payload = 0;
    for (RlpItem child : list.items()) {
      byte[] enc = encode(child);
      parts.add(enc);
      payload = Math.addExact(payload, enc.length);
    }
    byte[] out = new byte[Math.addExact(headerLength(payload), payload)];
    int at = writeHeader(out, 0xc0, payload);
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static int headerLength(int payload) {
    return payload < 56 ? 1 : 1 + bytesFor(payload);
  }

  private static int bytesFor(int v) {
    return (Integer.SIZE - Integer.numberOfLeadingZeros(v) + 7) / 8;
  }

  /** Writes the header for a payload of {@code len} bytes; returns where the payload starts. */
  private static int writeHeader(byte[] out, int base, int len) {
    if (len < 56) {
      out[0] = (byte) (base + len);
      return 1;
    }
    int n = bytesFor(len);
    out[0] = (byte) (base + 55 + n);
    for (int i = n; i >= 1; i--) {
      out[i] = (byte) len;
      len >>>= 8;
    }
    return 1 + n;
  }

  /**
   * Where the item that starts at {@code pos} ends (one past its last byte). For input that {@link
   * #decode} accepted; it checks nothing.
   */
  public static int itemEnd(byte[] rlp, int pos) {
    int b = rlp[pos] & 0xff;
    if (b < 0x80) {
      return pos + 1;
    }
    int base = b < 0xc0 ? 0x80 : 0xc0;
    int shortLen = b - base;
    if (shortLen < 56) {
      return pos + 1 + shortLen;
    }
    int n = shortLen - 55;
    int len = 0;
    for (int i = 1; i <= n; i++) {
      len = (len << 8) | (rlp[pos + i] & 0xff);
    }
    return pos + 1 + n + len;
  }

  /** Where the payload of the item that starts at {@code pos} begins (after its header). */
  public static int payloadStart(byte[] rlp, int pos) {
    int b = rlp[pos] & 0xff;
    if (b < 0x80) {
      return pos;
    }
    int shortLen = b - (b < 0xc0 ? 0x80 : 0xc0);
    return shortLen < 56 ? pos + 1 : pos + 1 + (shortLen - 55);
  }

  /**
   * A list whose payload is the already encoded items in {@code src[from, to)}: {@code prefix}
   * bytes (a transaction type, say), then the list header, then those bytes.
   */
  public static byte[] wrapList(byte[] prefix, byte[] src, int from, int to) {
    int payload = to - from;
    byte[] out = new byte[prefix.length + headerLength(payload) + payload];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    byte[] header = new byte[headerLength(payload)];
    writeHeader(header, 0xc0, payload);
    System.arraycopy(header, 0, out, prefix.length, header.length);
    System.arraycopy(src, from, out, prefix.length + header.length, payload);
    return out;
  }

  /** Decodes exactly one item filling all of {@code input}, under {@link RlpLimits#DEFAULT}. */
  public static RlpDecodeResult decode(byte[] input) {
    return decode(input, RlpLimits.DEFAULT);
  }

  /** Decodes exactly one item filling all of {@code input}. */
  public static RlpDecodeResult decode(byte[] input, RlpLimits limits) {
    if (input.length == 0) {
      return malformed(RlpError.Kind.EMPTY_INPUT, 0, "empty input");
    }
    if (input.length > limits.maxInputBytes()) {
      return malformed(
          RlpError.Kind.INPUT_TOO_LARGE,
          0,
          "input of " + input.length + " bytes exceeds the limit of " + limits.maxInputBytes());
    }
    Decoder d = new Decoder(input, limits.maxDepth());
    RlpItem item = d.item(0, input.length, 0);
    if (item == null) {
      return new RlpDecodeResult.Malformed(d.error);
    }
    if (d.pos != input.length) {
      return malformed(
          RlpError.Kind.TRAILING_BYTES,
          d.pos,
          (input.length - d.pos) + " byte(s) after the single top-level item");
    }
    return new RlpDecodeResult.Decoded(item);
  }

  private static RlpDecodeResult malformed(RlpError.Kind kind, int offset, String what) {
    return new RlpDecodeResult.Malformed(new RlpError(kind, offset, what + " at offset " + offset));
  }

  /** Recursive-descent decoder; on the first fault it records {@link #error} and returns null. */
  private static final class Decoder {
    private final byte[] in;
    private final int maxDepth;
    int pos;
    RlpError error;

    Decoder(byte[] in, int maxDepth) {
      this.in = in;
      this.maxDepth = maxDepth;
    }

    /** Decodes the item at {@code at}, which must end by {@code end}; advances {@link #pos}. */
    RlpItem item(int at, int end, int depth) {
      int b = in[at] & 0xff;
      if (b < 0x80) {
        pos = at + 1;
        return RlpString.copyOf(in, at, at + 1);
      }
      boolean isList = b >= 0xc0;
      int shortBase = isList ? 0xc0 : 0x80;
      int longBase = isList ? 0xf7 : 0xb7;
      int payloadStart;
      int len;
      if (b <= longBase) {
        len = b - shortBase;
        payloadStart = at + 1;
      } else {
        int lenOfLen = b - longBase;
        if (lenOfLen > end - at - 1) {
          return fail(
              RlpError.Kind.OUT_OF_BOUNDS,
              at,
              "length of length " + lenOfLen + " runs past the available " + (end - at - 1));
        }
        if (in[at + 1] == 0) {
          return fail(RlpError.Kind.LEADING_ZERO_IN_LENGTH, at, "length starts with a zero byte");
        }
        long value = 0;
        for (int i = 0; i < lenOfLen; i++) {
          value = (value << 8) | (in[at + 1 + i] & 0xff);
          if (value > Integer.MAX_VALUE) {
            return fail(RlpError.Kind.LENGTH_TOO_LARGE, at, "length does not fit in 31 bits");
          }
        }
        len = (int) value;
        if (len < 56) {
          return fail(
              RlpError.Kind.NON_CANONICAL_LENGTH,
              at,
              "long length form used for " + len + " bytes (short form required below 56)");
        }
        payloadStart = at + 1 + lenOfLen;
      }
      if (len > end - payloadStart) {
        return fail(
            RlpError.Kind.OUT_OF_BOUNDS,
            at,
            (isList ? "list" : "string")
                + " of "
                + len
                + " bytes runs past the available "
                + (end - payloadStart));
      }
      int payloadEnd = payloadStart + len;
      if (!isList) {
        if (len == 1 && (in[payloadStart] & 0xff) < 0x80) {
          return fail(
              RlpError.Kind.NON_CANONICAL_SINGLE_BYTE,
              at,
              "single byte below 0x80 must not be wrapped in a string header");
        }
        pos = payloadEnd;
        return RlpString.copyOf(in, payloadStart, payloadEnd);
      }
      if (depth + 1 > maxDepth) {
        return fail(RlpError.Kind.TOO_DEEP, at, "lists nested deeper than " + maxDepth);
      }
      List<RlpItem> items = new ArrayList<>();
      int cursor = payloadStart;
      while (cursor < payloadEnd) {
        RlpItem child = item(cursor, payloadEnd, depth + 1);
        if (child == null) {
          return null;
        }
        items.add(child);
        cursor = pos;
      }
      pos = payloadEnd;
      return new RlpList(items);
    }

    private RlpItem fail(RlpError.Kind kind, int at, String what) {
      error = new RlpError(kind, at, what + ", item at offset " + at);
      return null;
    }
  }
}
