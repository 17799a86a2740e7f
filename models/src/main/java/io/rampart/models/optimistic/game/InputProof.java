package io.rampart.models.optimistic.game;

import io.rampart.crypto.ecdsa.Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * What a one-step proof shows about where its transaction comes from (docs/optimistic.md, "Where a
 * transaction comes from"). The contract checks each kind against storage an L1 contract wrote when
 * the data was posted; {@link #encode()} is what the proof costs as calldata. Every part is
 * present: a proof cannot be built with a missing part (as calldata could not decode to one), so
 * the contract's checks never meet a null.
 */
public sealed interface InputProof {

  byte[] encode();

  /**
   * A posted batch's data as the proof supplies it: calldata bytes (checked by keccak against the
   * inbox's record) or the blobs' data (each hashed to its versioned hash, the list checked by
   * keccak against the record). The batch is the bytes, or the blobs concatenated.
   */
  sealed interface BatchData {
    byte[] bytes();

    byte[] encode();

    record Calldata(byte[] bytes) implements BatchData {
      public Calldata {
        bytes = bytes.clone();
      }

      @Override
      public byte[] bytes() {
        return bytes.clone();
      }

      @Override
      public byte[] encode() {
        return withBytes(ByteBuffer.allocate(1).put((byte) 0), bytes);
      }
    }

    record Blobs(List<byte[]> blobs) implements BatchData {
      public Blobs {
        blobs = blobs.stream().map(byte[]::clone).toList();
      }

      @Override
      public List<byte[]> blobs() {
        return blobs.stream().map(byte[]::clone).toList();
      }

      @Override
      public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blobs.forEach(out::writeBytes);
        return out.toByteArray();
      }

      @Override
      public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        for (byte[] b : blobs) {
          out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
          out.writeBytes(b);
        }
        return out.toByteArray();
      }
    }
  }

  /** Transfer {@code txInBlock} of block {@code blockInBatch} of inbox batch {@code batchIndex}. */
  record BatchTx(long batchIndex, int blockInBatch, int txInBlock, BatchData data)
      implements InputProof {
    public BatchTx {
      Objects.requireNonNull(data, "data");
    }

    /** A calldata batch. */
    public BatchTx(long batchIndex, int blockInBatch, int txInBlock, byte[] calldata) {
      this(batchIndex, blockInBatch, txInBlock, new BatchData.Calldata(calldata));
    }

    /** The batch's bytes. */
    public byte[] batch() {
      return data.bytes();
    }

    @Override
    public byte[] encode() {
      return withBytes(
          ByteBuffer.allocate(17)
              .put((byte) 1)
              .putLong(batchIndex)
              .putInt(blockInBatch)
              .putInt(txInBlock),
          data.encode());
    }
  }

  /** A block-level step over an empty block: block {@code blockInBatch} of the batch is empty. */
  record EmptyBlock(long batchIndex, int blockInBatch, BatchData data) implements InputProof {
    public EmptyBlock {
      Objects.requireNonNull(data, "data");
    }

    /** A calldata batch. */
    public EmptyBlock(long batchIndex, int blockInBatch, byte[] calldata) {
      this(batchIndex, blockInBatch, new BatchData.Calldata(calldata));
    }

    /** The batch's bytes. */
    public byte[] batch() {
      return data.bytes();
    }

    @Override
    public byte[] encode() {
      return withBytes(
          ByteBuffer.allocate(13).put((byte) 2).putLong(batchIndex).putInt(blockInBatch),
          data.encode());
    }
  }

  /** Deposit {@code id} as the bridge recorded it. */
  record DepositInput(long id, Address to, long amountGwei, long l1Block) implements InputProof {
    public DepositInput {
      Objects.requireNonNull(to, "to");
    }

    @Override
    public byte[] encode() {
      return ByteBuffer.allocate(45)
          .put((byte) 3)
          .putLong(id)
          .put(to.toBytes())
          .putLong(amountGwei)
          .putLong(l1Block)
          .array();
    }
  }

  /** Forced transaction {@code id} of the inbox's queue, with the bytes that were queued. */
  record ForcedInput(long id, long l1Block, long deadline, byte[] raw) implements InputProof {
    public ForcedInput {
      raw = raw.clone();
    }

    @Override
    public byte[] raw() {
      return raw.clone();
    }

    @Override
    public byte[] encode() {
      return withBytes(
          ByteBuffer.allocate(25).put((byte) 4).putLong(id).putLong(l1Block).putLong(deadline),
          raw);
    }
  }

  private static byte[] withBytes(ByteBuffer head, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.array());
    out.writeBytes(tail);
    return out.toByteArray();
  }
}
