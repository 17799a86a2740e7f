package io.rampart.models.optimistic.trace;

import io.rampart.chain.state.MerkleTree32;
import io.rampart.chain.state.StateRoots;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;

/**
 * The value the dispute game argues about at every position of the trace: {@code H(stateRoot ‖
 * addressRoot)}, the chain's state root plus the {@link AddressTree} root.
 */
public final class TraceRoots {
  private TraceRoots() {}

  public static Bytes32 of(Hasher hasher, Bytes32 stateRoot, Bytes32 addressRoot) {
    byte[] b = new byte[64];
    stateRoot.copyTo(b, 0);
    addressRoot.copyTo(b, 32);
    return hasher.hash(b);
  }

  /** The trace root of the empty state (before L2 block 0). */
  public static Bytes32 genesis(Hasher hasher) {
    Bytes32 empty = MerkleTree32.emptyRoot(hasher);
    return of(hasher, StateRoots.stateRoot(hasher, empty, 0, empty), AddressTree.emptyRoot(hasher));
  }
}
