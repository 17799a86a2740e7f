package io.rampart.chain.batch;

/** Bounds-checked reader; every fault becomes a {@link BatchError} with its offset. */
final class ByteReader {
  /** Internal control flow of the decoder; never escapes {@link BatchCodec}. */
  static final class Fault extends Exception {
    final BatchError error;

    Fault(BatchError.Kind kind, String detail) {
      super(detail, null, false, false);
      this.error = new BatchError(kind, detail);
    }
  }

  private final byte[] b;
  private int pos;

  ByteReader(byte[] b) {
    this.b = b;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == b.length;
  }

  int remaining() {
    return b.length - pos;
  }

  int u8(String what) throws Fault {
    if (pos >= b.length) {
      throw new Fault(BatchError.Kind.TRUNCATED, what + " missing at offset " + pos);
    }
    return b[pos++] & 0xff;
  }

  byte[] bytes(int n, String what) throws Fault {
    if (b.length - pos < n) {
      throw new Fault(
          BatchError.Kind.TRUNCATED,
          what + " needs " + n + " bytes at offset " + pos + ", " + (b.length - pos) + " left");
    }
    byte[] out = new byte[n];
    System.arraycopy(b, pos, out, 0, n);
    pos += n;
    return out;
  }

  /** Canonical unsigned LEB128 up to 64 bits (no redundant trailing zero groups). */
  long varint(String what) throws Fault {
    int start = pos;
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = u8(what);
      if (shift == 63 && (x & 0x7e) != 0) {
        throw new Fault(BatchError.Kind.BAD_VARINT, what + " overflows 64 bits at " + start);
      }
      v |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        if (x == 0 && shift > 0) {
          throw new Fault(BatchError.Kind.BAD_VARINT, what + " is not minimal at " + start);
        }
        return v;
      }
      if (shift == 63) {
        throw new Fault(BatchError.Kind.BAD_VARINT, what + " longer than 10 bytes at " + start);
      }
    }
  }

  /** A varint that must be at most {@code max}. */
  long varint(String what, long max) throws Fault {
    int start = pos;
    long v = varint(what);
    if (Long.compareUnsigned(v, max) > 0) {
      throw new Fault(
          BatchError.Kind.LIMIT_EXCEEDED,
          what + " = " + Long.toUnsignedString(v) + " above " + max + " at " + start);
    }
    return v;
  }
}
