package io.rampart.chain.batch;

import io.rampart.chain.tx.L2Tx;

/**
 * Bytes a transfer adds to a batch before compression, as {@link BatchCodec} writes it: one header
 * byte, the sender index, the recipient (index, 20-byte address, or nothing for a withdrawal), the
 * value in gwei and 64 signature bytes (fee template indices below 31 live in the header).
 */
public final class CompactSize {
  public static final int SIGNATURE = 64;

  private CompactSize() {}

  public static int transfer(
      L2Tx.UserTx u, int fromIndex, boolean withdrawal, int toIndex, boolean toIsNew) {
    int to;
    if (withdrawal) {
      to = 0;
    } else if (toIndex >= 0) {
      to = ByteWriter.varintSize(toIndex);
    } else {
      to = 20;
    }
    return 1
        + ByteWriter.varintSize(fromIndex)
        + to
        + ByteWriter.varintSize(u.valueGwei())
        + SIGNATURE;
  }
}
