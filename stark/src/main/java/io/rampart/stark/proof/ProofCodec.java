package io.rampart.stark.proof;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.options.ProofOptions;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary proof format, version {@value #VERSION}: a version byte, the 6 option bytes, log2 of the
 * trace length, the two roots, the out-of-domain values, FRI roots, remainder, nonce, then the
 * openings. Counts are u16 little-endian (u8 for layers); field elements are 8 bytes little-endian
 * and must be canonical. Decoding does work linear in the input, checks every count against a fixed
 * bound before allocating, and reports problems as {@link DecodeResult.Malformed}.
 */
public final class ProofCodec {
  public static final int VERSION = 1;
  public static final int MAX_BYTES = 16 << 20;
  static final int MAX_ROWS = 255;
  static final int MAX_ROW_WIDTH = 4096;
  static final int MAX_NODES = 255 * 32;
  static final int MAX_OOD = 8192;
  static final int MAX_LAYERS = 32;
  static final int MAX_REMAINDER = 256;

  private ProofCodec() {}

  public static byte[] encode(StarkProof p) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(VERSION);
    b.writeBytes(p.options().encode());
    b.write(Integer.numberOfTrailingZeros(p.traceLength()));
    b.writeBytes(p.traceRoot());
    b.writeBytes(p.compositionRoot());
    writeExts(b, p.oodTrace());
    writeExts(b, p.oodComposition());
    b.write(p.friRoots().size());
    p.friRoots().forEach(b::writeBytes);
    writeExts(b, p.remainder());
    b.writeBytes(Goldilocks.toBytes(p.powNonce()));
    writeOpening(b, p.traceOpening());
    writeOpening(b, p.compositionOpening());
    b.write(p.friOpenings().size());
    p.friOpenings().forEach(o -> writeOpening(b, o));
    return b.toByteArray();
  }

  private static void u16(ByteArrayOutputStream b, int v) {
    b.write(v & 0xFF);
    b.write(v >>> 8);
  }

  private static void writeExts(ByteArrayOutputStream b, Ext2[] v) {
    u16(b, v.length);
    for (Ext2 e : v) {
      b.writeBytes(e.toBytes());
    }
  }

  private static void writeOpening(ByteArrayOutputStream b, RowOpening o) {
    u16(b, o.rows().length);
    u16(b, o.rows().length == 0 ? 0 : o.rows()[0].length);
    for (long[] row : o.rows()) {
      for (long v : row) {
        b.writeBytes(Goldilocks.toBytes(v));
      }
    }
    u16(b, o.nodes().size());
    o.nodes().forEach(b::writeBytes);
  }

  public static DecodeResult decode(byte[] bytes) {
    if (bytes == null || bytes.length > MAX_BYTES) {
      return new DecodeResult.Malformed("proof missing or larger than " + MAX_BYTES, 0);
    }
    Reader r = new Reader(bytes);
    try {
      int version = r.u8();
      if (version != VERSION) {
        throw r.fail("unsupported version " + version);
      }
      r.need(ProofOptions.ENCODED_BYTES);
      ProofOptions options = ProofOptions.decode(bytes, r.pos);
      if (options == null) {
        throw r.fail("invalid options");
      }
      r.pos += ProofOptions.ENCODED_BYTES;
      int logN = r.u8();
      if (logN < 3 || logN > 28) {
        throw r.fail("trace length out of range");
      }
      byte[] traceRoot = r.bytes(32);
      byte[] compRoot = r.bytes(32);
      Ext2[] oodTrace = r.exts(MAX_OOD);
      Ext2[] oodComp = r.exts(MAX_OOD);
      int layers = r.u8();
      if (layers > MAX_LAYERS) {
        throw r.fail("too many FRI layers");
      }
      List<byte[]> friRoots = new ArrayList<>();
      for (int i = 0; i < layers; i++) {
        friRoots.add(r.bytes(32));
      }
      Ext2[] remainder = r.exts(MAX_REMAINDER);
      long nonce = r.u64();
      RowOpening traceOpening = r.opening();
      RowOpening compOpening = r.opening();
      int friOpeningCount = r.u8();
      if (friOpeningCount > MAX_LAYERS) {
        throw r.fail("too many FRI openings");
      }
      List<RowOpening> friOpenings = new ArrayList<>();
      for (int i = 0; i < friOpeningCount; i++) {
        friOpenings.add(r.opening());
      }
      if (r.pos != bytes.length) {
        throw r.fail("trailing bytes");
      }
      return new DecodeResult.Decoded(
          new StarkProof(
              options,
              1 << logN,
              traceRoot,
              compRoot,
              oodTrace,
              oodComp,
              friRoots,
              remainder,
              nonce,
              traceOpening,
              compOpening,
              friOpenings));
    } catch (Malformed m) {
      return new DecodeResult.Malformed(m.getMessage(), m.offset);
    }
  }

  /** Internal signal, never escapes {@link #decode}. */
  private static final class Malformed extends Exception {
    final int offset;

    Malformed(String reason, int offset) {
      super(reason, null, false, false);
      this.offset = offset;
    }
  }

  private static final class Reader {
    final byte[] b;
    int pos;

    Reader(byte[] b) {
      this.b = b;
    }

    Malformed fail(String why) {
      return new Malformed(why, pos);
    }

    void need(int n) throws Malformed {
      if (n < 0 || b.length - pos < n) {
        throw fail("truncated");
      }
    }

    int u8() throws Malformed {
      need(1);
      return b[pos++] & 0xFF;
    }

    int u16() throws Malformed {
      need(2);
      int v = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
      pos += 2;
      return v;
    }

    long u64() throws Malformed {
      need(8);
      long v = Goldilocks.readRaw(b, pos);
      pos += 8;
      return v;
    }

    long felt() throws Malformed {
      need(8);
      long v = Goldilocks.readRaw(b, pos);
      if (!Goldilocks.isCanonical(v)) {
        throw fail("non-canonical field element");
      }
      pos += 8;
      return v;
    }

    byte[] bytes(int n) throws Malformed {
      need(n);
      byte[] out = new byte[n];
      System.arraycopy(b, pos, out, 0, n);
      pos += n;
      return out;
    }

    Ext2[] exts(int max) throws Malformed {
      int n = u16();
      if (n > max) {
        throw fail("too many extension elements");
      }
      need(16 * n);
      Ext2[] out = new Ext2[n];
      for (int i = 0; i < n; i++) {
        long c0 = felt();
        out[i] = new Ext2(c0, felt());
      }
      return out;
    }

    RowOpening opening() throws Malformed {
      int rows = u16();
      int width = u16();
      if (rows > MAX_ROWS || width > MAX_ROW_WIDTH) {
        throw fail("opening too large");
      }
      need(8 * rows * width);
      long[][] out = new long[rows][width];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < width; j++) {
          out[i][j] = felt();
        }
      }
      int nodes = u16();
      if (nodes > MAX_NODES) {
        throw fail("too many Merkle nodes");
      }
      need(32 * nodes);
      List<byte[]> list = new ArrayList<>(nodes);
      for (int i = 0; i < nodes; i++) {
        list.add(bytes(32));
      }
      return new RowOpening(out, list);
    }
  }
}
