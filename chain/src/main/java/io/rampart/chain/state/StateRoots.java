package io.rampart.chain.state;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;

/**
 * The state root: H(account-tree root || next free index (4 bytes, big-endian) || withdrawal root).
 */
public final class StateRoots {
  private StateRoots() {}

  public static Bytes32 stateRoot(
      Hasher hasher, Bytes32 accountRoot, int nextIndex, Bytes32 withdrawalRoot) {
    byte[] b = new byte[68];
    accountRoot.copyTo(b, 0);
    b[32] = (byte) (nextIndex >>> 24);
    b[33] = (byte) (nextIndex >>> 16);
    b[34] = (byte) (nextIndex >>> 8);
    b[35] = (byte) nextIndex;
    withdrawalRoot.copyTo(b, 36);
    return hasher.hash(b);
  }
}
