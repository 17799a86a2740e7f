package io.rampart.l1.contracts.bridge;

import io.rampart.l1.core.Address;
import java.nio.ByteBuffer;

/**
 * A withdrawal as the L2 records it in its withdrawal tree: a unique id, the L1 recipient and the
 * amount in gwei. The leaf data is {@code id (8 bytes BE) ‖ recipient (20) ‖ amountGwei (8 BE)}.
 */
public record Withdrawal(long id, Address recipient, long amountGwei) {
  public Withdrawal {
    if (id < 0 || amountGwei <= 0) {
      throw new IllegalArgumentException("bad withdrawal: id " + id + ", amount " + amountGwei);
    }
  }

  public byte[] leafData() {
    ByteBuffer b = ByteBuffer.allocate(36);
    b.putLong(id);
    b.put(recipient.toArray());
    b.putLong(amountGwei);
    return b.array();
  }
}
