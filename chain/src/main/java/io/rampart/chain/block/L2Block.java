package io.rampart.chain.block;

import io.rampart.chain.stf.Receipt;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import java.util.List;

/**
 * An executed L2 block: its number, timestamp (seconds, chosen by the sequencer), the L1 block it
 * builds on, its transactions (system transactions first) with their receipts, and the state root
 * after it.
 */
public record L2Block(
    long number,
    long timestamp,
    long l1Origin,
    List<L2Tx> txs,
    List<Receipt> receipts,
    Bytes32 stateRoot) {
  public L2Block {
    txs = List.copyOf(txs);
    receipts = List.copyOf(receipts);
    if (txs.size() != receipts.size()) {
      throw new IllegalArgumentException("one receipt per transaction");
    }
  }
}
