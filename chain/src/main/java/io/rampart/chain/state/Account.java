package io.rampart.chain.state;

import io.rampart.crypto.ecdsa.Address;
import java.util.Objects;

/**
 * One account leaf: its address, the next nonce it must use, and its balance in gwei (an unsigned
 * 64-bit count, held in a {@code long} and compared with {@link Long#compareUnsigned}).
 */
public record Account(Address address, long nonce, long balanceGwei) {
  public Account {
    Objects.requireNonNull(address, "address");
  }

  /** Leaf pre-image: address (20) || nonce (8, big-endian) || balance (8, big-endian). */
  public byte[] leafPreimage() {
    byte[] b = new byte[36];
    address.copyTo(b, 0);
    putLong(b, 20, nonce);
    putLong(b, 28, balanceGwei);
    return b;
  }

  static void putLong(byte[] b, int off, long v) {
    for (int i = 7; i >= 0; i--) {
      b[off + i] = (byte) v;
      v >>>= 8;
    }
  }
}
