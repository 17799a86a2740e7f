package io.rampart.chain.derive;

import io.rampart.chain.tx.L2Tx;

/** Something the L2 reads from one L1 block, in the order the L1 block holds it. */
public sealed interface L1Item {
  /** Batch bytes posted to the batch inbox by the sequencer. */
  record BatchPosted(byte[] data) implements L1Item {
    public BatchPosted {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /** A deposit made on the L1 bridge. */
  record DepositMade(L2Tx.Deposit deposit) implements L1Item {}

  /** A transaction forced through the L1 inbox, with its inclusion deadline. */
  record ForcedSubmitted(L2Tx.Forced forced) implements L1Item {}
}
