package io.rampart.models.optimistic.game;

import io.rampart.crypto.ecdsa.Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * What a one-step proof shows about where its transaction comes from (docs/optimistic.md, "Where a
 * transaction comes from"). The contract checks each kind against storage an L1 contract wrote when
 * the data was posted; {@link #encode()} is what the proof costs as calldata.
 */
public sealed interface InputProof {

  byte[] encode();

  /** Transfer {@code txInBlock} of block {@code blockInBatch} of inbox batch {@code batchIndex}. */
  record BatchTx(long batchIndex, int blockInBatch, int txInBlock, byte[] batch)
      implements InputProof {
    public BatchTx {
      batch = batch.clone();
    }

    @Override
    public byte[] batch() {
      return batch.clone();
    }

    @Override
    public byte[] encode() {
      return withBytes(
          ByteBuffer.allocate(17)
              .put((byte) 1)
              .putLong(batchIndex)
              .putInt(blockInBatch)
              .putInt(txInBlock),
          batch);
    }
  }

  /** A block-level step over an empty block: block {@code blockInBatch} of the batch is empty. */
  record EmptyBlock(long batchIndex, int blockInBatch, byte[] batch) implements InputProof {
    public EmptyBlock {
      batch = batch.clone();
    }

    @Override
    public byte[] batch() {
      return batch.clone();
    }

    @Override
    public byte[] encode() {
      return withBytes(
          ByteBuffer.allocate(13).put((byte) 2).putLong(batchIndex).putInt(blockInBatch), batch);
    }
  }

  /** Deposit {@code id} as the bridge recorded it. */
  record DepositInput(long id, Address to, long amountGwei, long l1Block) implements InputProof {
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
