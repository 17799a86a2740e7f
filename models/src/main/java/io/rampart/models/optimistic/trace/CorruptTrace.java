package io.rampart.models.optimistic.trace;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import java.nio.ByteBuffer;

/**
 * A dishonest party's trace: true up to transaction {@code badTx} of block {@code badBlock}, wrong
 * from there on (a different wrong value per party {@code tag}). Optionally the block-level root at
 * {@code topPosition} is a given value (a dishonest proposal's root), so the party defends its own
 * proposal consistently.
 */
public final class CorruptTrace implements Trace {
  private final Trace truth;
  private final long badBlock;
  private final int badTx;
  private final long tag;
  private final long topPosition;
  private final Bytes32 topRoot;

  public CorruptTrace(
      Trace truth, long badBlock, int badTx, long tag, long topPosition, Bytes32 topRoot) {
    this.truth = truth;
    this.badBlock = badBlock;
    this.badTx = badTx;
    this.tag = tag;
    this.topPosition = topPosition;
    this.topRoot = topRoot;
  }

  public CorruptTrace(Trace truth, long badBlock, int badTx, long tag) {
    this(truth, badBlock, badTx, tag, -1, null);
  }

  public static Bytes32 wrong(long tag, int level, long a, long b) {
    return Keccak256.digest(
        ByteBuffer.allocate(32).putLong(tag).putLong(level).putLong(a).putLong(b).array());
  }

  @Override
  public Bytes32 blockRoot(long position) {
    if (position <= badBlock) {
      return truth.blockRoot(position);
    }
    if (position == topPosition) {
      return topRoot;
    }
    return wrong(tag, 0, position, 0);
  }

  @Override
  public int txCount(long block) {
    return truth.txCount(block);
  }

  @Override
  public Bytes32 txRoot(long block, int position) {
    if (position == 0) {
      return blockRoot(block);
    }
    if (position == txCount(block)) {
      return blockRoot(block + 1);
    }
    if (block < badBlock || (block == badBlock && position <= badTx)) {
      return truth.txRoot(block, position);
    }
    return wrong(tag, 1, block, position);
  }
}
