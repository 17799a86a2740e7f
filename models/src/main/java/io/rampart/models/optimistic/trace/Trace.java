package io.rampart.models.optimistic.trace;

import io.rampart.crypto.Bytes32;

/**
 * A party's view of the two-level trace. Block level: position {@code p} is the state after L2
 * block {@code p - 1} (position 0 is the empty genesis state). Transaction level inside block
 * {@code b}: position {@code j} is the state after the block's first {@code j} transactions, so
 * position 0 equals block position {@code b} and position {@code txCount(b)} equals {@code b + 1}.
 */
public interface Trace {
  Bytes32 blockRoot(long position);

  int txCount(long block);

  Bytes32 txRoot(long block, int position);
}
