package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.Log;
import java.util.ArrayList;
import java.util.List;

/**
 * An L1 block with its receipts. {@code timestamp} is in seconds. The blob fields follow EIP-4844:
 * {@code excessBlobGas} is derived from the parent, {@code blobBaseFee} from it.
 */
public record Block(
    long number,
    long timestamp,
    Bytes32 hash,
    Bytes32 parentHash,
    List<L1Tx> transactions,
    List<Receipt> receipts,
    long gasUsed,
    long blobGasUsed,
    long excessBlobGas,
    Wei blobBaseFee) {

  public Block {
    transactions = List.copyOf(transactions);
    receipts = List.copyOf(receipts);
  }

  /** Every log of the block, in order. */
  public List<Log> logs() {
    List<Log> out = new ArrayList<>();
    for (Receipt r : receipts) {
      out.addAll(r.logs());
    }
    return out;
  }

  @Override
  public String toString() {
    return "Block#" + number + "[" + hash + ", " + transactions.size() + " txs]";
  }
}
