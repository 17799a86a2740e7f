package io.rampart.l1.chain;

/** Told about every change of the canonical chain, in order, on the world's thread. */
public interface ChainListener {

  void onBlock(Block block);

  /** Blocks above {@code forkPoint} were replaced; the replacement blocks follow as onBlock. */
  void onRollback(long forkPoint, java.util.List<Block> orphaned);

  /** Every block up to {@code number} is now final. */
  void onFinalized(long number);
}
