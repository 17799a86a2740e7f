package io.rampart.chain.store;

import io.rampart.crypto.Bytes32;
import java.util.List;

/**
 * A block as stored: header fields, each transaction's wire bytes (signed Ethereum encoding, or the
 * 0x7e system encoding) and hash, and the state root after it.
 */
public record StoredBlock(
    long number,
    long timestamp,
    long l1Origin,
    Bytes32 stateRoot,
    List<Bytes32> txHashes,
    List<byte[]> rawTxs) {
  public StoredBlock {
    txHashes = List.copyOf(txHashes);
    rawTxs = List.copyOf(rawTxs);
  }
}
