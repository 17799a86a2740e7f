package io.rampart.chain.state;

import io.rampart.crypto.ecdsa.Address;
import java.util.Objects;

/**
 * A withdrawal leaf: its position in the withdrawal tree, the L2 account that paid (and the L1
 * address that may claim), and the amount in gwei.
 */
public record Withdrawal(long index, Address owner, long amountGwei) {
  public Withdrawal {
    Objects.requireNonNull(owner, "owner");
  }

  /** Leaf pre-image: index (8) || owner (20) || amount (8), big-endian. */
  public byte[] leafPreimage() {
    byte[] b = new byte[36];
    Account.putLong(b, 0, index);
    owner.copyTo(b, 8);
    Account.putLong(b, 28, amountGwei);
    return b;
  }
}
