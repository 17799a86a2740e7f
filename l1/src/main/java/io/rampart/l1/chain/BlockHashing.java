package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.exec.Log;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The embedded L1's block hash: Keccak-256 over {@code parentHash ‖ number (8) ‖ timestamp (8) ‖
 * salt (8) ‖ each transaction hash ‖ receiptsDigest ‖ changesDigest}. The receipts digest binds
 * every receipt's outcome (status, revert reason, gas, fee, logs); the changes digest binds the
 * state the block left ({@link io.rampart.l1.state.L1State#changesDigest}). So two blocks with the
 * same transactions that executed differently have different hashes, and so do the event logs that
 * describe them.
 */
final class BlockHashing {
  private BlockHashing() {}

  static Bytes32 blockHash(
      Bytes32 parent,
      long number,
      long timestamp,
      long salt,
      List<L1Tx> txs,
      Bytes32 receiptsDigest,
      Bytes32 changesDigest) {
    ByteBuffer hdr = ByteBuffer.allocate(32 + 24 + 32 * txs.size() + 64);
    hdr.put(parent.toArray()).putLong(number).putLong(timestamp).putLong(salt);
    for (L1Tx tx : txs) {
      hdr.put(tx.hash().toArray());
    }
    hdr.put(receiptsDigest.toArray()).put(changesDigest.toArray());
    return Keccak256.digest(hdr.array());
  }

  /**
   * Keccak-256 over the receipts in order, each encoded as {@code txHash ‖ index (4) ‖ status (1) ‖
   * len(revertReason) (4) ‖ revertReason (UTF-8) ‖ gasUsed (8) ‖ blobGasUsed (8) ‖ fee (32) ‖
   * logCount (4) ‖ logs}, a log as {@code address ‖ topicCount (1) ‖ topics ‖ len(data) (4) ‖
   * data}.
   */
  static Bytes32 receiptsDigest(List<Receipt> receipts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Receipt r : receipts) {
      out.writeBytes(r.txHash().toArray());
      writeInt(out, r.index());
      out.write(r.status().ordinal());
      byte[] reason = r.revertReason().getBytes(StandardCharsets.UTF_8);
      writeInt(out, reason.length);
      out.writeBytes(reason);
      out.writeBytes(ByteBuffer.allocate(16).putLong(r.gasUsed()).putLong(r.blobGasUsed()).array());
      out.writeBytes(r.fee().toBytes32());
      writeInt(out, r.logs().size());
      for (Log log : r.logs()) {
        out.writeBytes(log.address().toArray());
        out.write(log.topics().size());
        for (Bytes32 t : log.topics()) {
          out.writeBytes(t.toArray());
        }
        byte[] data = log.data();
        writeInt(out, data.length);
        out.writeBytes(data);
      }
    }
    return Keccak256.digest(out.toByteArray());
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
  }
}
