package io.rampart.chain.batch;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch wire format, version 1: {@code 0x01 || zstd(payload)}. The payload (all integers unsigned
 * LEB128, minimal):
 *
 * <pre>
 * chainId, firstBlock, templateCount, templates*, blockCount, blocks*
 * template = type (1 byte: 0 or 2), gasLimit, maxFeePerGas, [maxPriorityFee if type 2]
 * block    = timestampDelta, l1OriginDelta, txCount, tx*      (deltas from the previous block;
 *                                                              the first block's are absolute)
 * tx       = header, fromIndex, [to], valueGwei, r (32), s (32)
 * header   = bits 0-1 recipient kind (0 index, 1 literal address, 2 withdrawal),
 *            bit 2 y parity, bits 3-7 template index (31 = a varint index follows)
 * to       = varint index | 20-byte address | nothing
 * </pre>
 *
 * Decoding checks every bound and rejects any malformed input with a precise {@link BatchError}; it
 * never throws.
 */
public final class BatchCodec {
  public static final int VERSION = 1;
  public static final int MAX_PAYLOAD_BYTES = 16 << 20;
  public static final int MAX_TEMPLATES = 1024;
  public static final int MAX_BLOCKS = 100_000;
  public static final int MAX_TXS = 1_000_000;

  /** zstd level chosen by measurement (docs/benchmarks.md): near the top ratio, still fast. */
  public static final int ZSTD_LEVEL = 9;

  private static final int KIND_INDEX = 0;
  private static final int KIND_LITERAL = 1;
  private static final int KIND_WITHDRAWAL = 2;

  private BatchCodec() {}

  /** {@code 0x01 || zstd(payload(batch))}. */
  public static byte[] encode(Batch batch) {
    return compress(payload(batch), ZSTD_LEVEL);
  }

  static byte[] compress(byte[] payload, int level) {
    byte[] z = Zstd.compress(payload, level);
    byte[] out = new byte[z.length + 1];
    out[0] = VERSION;
    System.arraycopy(z, 0, out, 1, z.length);
    return out;
  }

  /** The uncompressed domain encoding. */
  public static byte[] payload(Batch batch) {
    ByteWriter w = new ByteWriter();
    w.varint(batch.chainId());
    w.varint(batch.firstBlock());
    w.varint(batch.templates().size());
    for (FeeTemplate t : batch.templates()) {
      w.write(t.type());
      w.varint(t.gasLimit());
      w.varint(t.maxFeePerGasWei());
      if (t.type() == 2) {
        w.varint(t.maxPriorityFeeWei());
      }
    }
    w.varint(batch.blocks().size());
    long prevTs = 0;
    long prevOrigin = 0;
    for (Batch.Block b : batch.blocks()) {
      w.varint(b.timestamp() - prevTs);
      w.varint(b.l1Origin() - prevOrigin);
      prevTs = b.timestamp();
      prevOrigin = b.l1Origin();
      w.varint(b.txs().size());
      for (CompactTx tx : b.txs()) {
        writeTx(w, tx);
      }
    }
    return w.toArray();
  }

  private static void writeTx(ByteWriter w, CompactTx tx) {
    int kind =
        switch (tx.to()) {
          case CompactTx.Recipient.Index i -> KIND_INDEX;
          case CompactTx.Recipient.Literal l -> KIND_LITERAL;
          case CompactTx.Recipient.Withdrawal x -> KIND_WITHDRAWAL;
        };
    int tmpl = Math.min(tx.template(), 31);
    w.write(kind | (tx.yParity() << 2) | (tmpl << 3));
    if (tmpl == 31) {
      w.varint(tx.template());
    }
    w.varint(tx.fromIndex());
    switch (tx.to()) {
      case CompactTx.Recipient.Index(int i) -> w.varint(i);
      case CompactTx.Recipient.Literal(Address a) -> w.write(a.toBytes());
      case CompactTx.Recipient.Withdrawal x -> {}
    }
    w.varint(tx.valueGwei());
    w.write(tx.r().toArray());
    w.write(tx.s().toArray());
  }

  /** Decodes posted bytes; {@code chainId} is the chain the batch must belong to. */
  public static BatchDecodeResult decode(byte[] data, long chainId) {
    if (data.length == 0) {
      return malformed(BatchError.Kind.EMPTY, "no bytes");
    }
    if ((data[0] & 0xff) != VERSION) {
      return malformed(
          BatchError.Kind.UNKNOWN_VERSION, String.format("version byte 0x%02x", data[0] & 0xff));
    }
    byte[] z = java.util.Arrays.copyOfRange(data, 1, data.length);
    long size;
    try {
      size = Zstd.getFrameContentSize(z);
    } catch (RuntimeException e) {
      return malformed(BatchError.Kind.DECOMPRESSION_FAILED, "no zstd frame header");
    }
    if (size < 0) {
      return malformed(
          BatchError.Kind.DECOMPRESSION_FAILED, "zstd frame without a content size (" + size + ")");
    }
    if (size > MAX_PAYLOAD_BYTES) {
      return malformed(
          BatchError.Kind.TOO_LARGE, size + " bytes decompressed, limit " + MAX_PAYLOAD_BYTES);
    }
    byte[] payload;
    try {
      payload = Zstd.decompress(z, (int) size);
    } catch (ZstdException | IllegalArgumentException e) {
      return malformed(BatchError.Kind.DECOMPRESSION_FAILED, e.getMessage());
    }
    if (payload.length != size) {
      return malformed(
          BatchError.Kind.DECOMPRESSION_FAILED,
          "frame says " + size + " bytes, got " + payload.length);
    }
    return decodePayload(payload, chainId);
  }

  /** Decodes an uncompressed payload. */
  public static BatchDecodeResult decodePayload(byte[] payload, long chainId) {
    try {
      return new BatchDecodeResult.Decoded(read(new ByteReader(payload), chainId));
    } catch (ByteReader.Fault f) {
      return new BatchDecodeResult.Malformed(f.error);
    }
  }

  private static Batch read(ByteReader r, long expectedChainId) throws ByteReader.Fault {
    long chainId = r.varint("chain id");
    if (chainId != expectedChainId) {
      throw new ByteReader.Fault(
          BatchError.Kind.WRONG_CHAIN_ID, "chain id " + chainId + ", expected " + expectedChainId);
    }
    long firstBlock = r.varint("first block", Long.MAX_VALUE);
    int nt = (int) r.varint("template count", MAX_TEMPLATES);
    List<FeeTemplate> templates = new ArrayList<>(nt);
    for (int i = 0; i < nt; i++) {
      int type = r.u8("template type");
      if (type != 0 && type != 2) {
        throw new ByteReader.Fault(
            BatchError.Kind.BAD_FEE_TEMPLATE, "template " + i + " has type " + type);
      }
      long gas = r.varint("gas limit", Long.MAX_VALUE);
      long cap = r.varint("fee cap", Long.MAX_VALUE);
      long tip = type == 2 ? r.varint("priority fee", Long.MAX_VALUE) : cap;
      templates.add(new FeeTemplate(type, gas, cap, tip));
    }
    int nb = (int) r.varint("block count", MAX_BLOCKS);
    if (nb == 0) {
      throw new ByteReader.Fault(BatchError.Kind.NO_BLOCKS, "batch has no blocks");
    }
    List<Batch.Block> blocks = new ArrayList<>(nb);
    long ts = 0;
    long origin = 0;
    int total = 0;
    for (int b = 0; b < nb; b++) {
      ts = addChecked(ts, r.varint("timestamp delta"), "timestamp of block " + b);
      origin = addChecked(origin, r.varint("l1 origin delta"), "l1 origin of block " + b);
      int nx = (int) r.varint("tx count", MAX_TXS);
      total += nx;
      if (total > MAX_TXS) {
        throw new ByteReader.Fault(BatchError.Kind.LIMIT_EXCEEDED, "more than " + MAX_TXS + " txs");
      }
      List<CompactTx> txs = new ArrayList<>(Math.min(nx, r.remaining() / 66 + 1));
      for (int i = 0; i < nx; i++) {
        txs.add(readTx(r, nt, b, i));
      }
      blocks.add(new Batch.Block(ts, origin, txs));
    }
    if (!r.atEnd()) {
      throw new ByteReader.Fault(
          BatchError.Kind.TRAILING_BYTES, r.remaining() + " bytes after the last block");
    }
    return new Batch(chainId, firstBlock, templates, blocks);
  }

  private static long addChecked(long a, long delta, String what) throws ByteReader.Fault {
    long v = a + delta;
    if (delta < 0 || v < 0) {
      throw new ByteReader.Fault(BatchError.Kind.LIMIT_EXCEEDED, what + " overflows");
    }
    return v;
  }

  private static CompactTx readTx(ByteReader r, int templates, int block, int i)
      throws ByteReader.Fault {
    String where = "block " + block + " tx " + i;
    int h = r.u8(where + " header");
    int kind = h & 3;
    if (kind == 3) {
      throw new ByteReader.Fault(BatchError.Kind.BAD_TX_KIND, where + ": recipient kind 3");
    }
    int parity = (h >>> 2) & 1;
    long tmpl = h >>> 3;
    if (tmpl == 31) {
      tmpl = r.varint(where + " template", Integer.MAX_VALUE);
      if (tmpl < 31) {
        throw new ByteReader.Fault(
            BatchError.Kind.BAD_TEMPLATE_INDEX, where + ": escaped template index " + tmpl);
      }
    }
    if (tmpl >= templates) {
      throw new ByteReader.Fault(
          BatchError.Kind.BAD_TEMPLATE_INDEX, where + ": template " + tmpl + " of " + templates);
    }
    int from = (int) r.varint(where + " sender index", Integer.MAX_VALUE - 1);
    CompactTx.Recipient to =
        switch (kind) {
          case KIND_INDEX ->
              new CompactTx.Recipient.Index(
                  (int) r.varint(where + " recipient index", Integer.MAX_VALUE - 1));
          case KIND_LITERAL ->
              new CompactTx.Recipient.Literal(
                  Address.fromBytes(r.bytes(20, where + " recipient")).orElseThrow());
          default -> new CompactTx.Recipient.Withdrawal();
        };
    long value = r.varint(where + " value");
    Bytes32 rr = Bytes32.adopt(r.bytes(32, where + " r"));
    Bytes32 ss = Bytes32.adopt(r.bytes(32, where + " s"));
    return new CompactTx(from, to, value, (int) tmpl, parity, rr, ss);
  }

  private static BatchDecodeResult malformed(BatchError.Kind kind, String detail) {
    return new BatchDecodeResult.Malformed(new BatchError(kind, detail));
  }
}
