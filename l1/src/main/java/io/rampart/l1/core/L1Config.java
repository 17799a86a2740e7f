package io.rampart.l1.core;

import io.rampart.world.time.SimDuration;

/**
 * Parameters of the embedded L1.
 *
 * @param fork fee rules
 * @param slot time between blocks (12 s on Ethereum)
 * @param blockGasLimit execution gas per block
 * @param baseFeePerGas the execution base fee, fixed (no EIP-1559 adjustment is modelled)
 * @param finalityDepth a block is final once this many blocks are built on it (Ethereum: two
 *     epochs, 64 slots)
 * @param maxReorgDepth the deepest reorg allowed; at most {@code finalityDepth}
 * @param retainBlocks how many recent blocks keep their bodies, receipts and blobs (older final
 *     ones are pruned; headers are kept); {@code Long.MAX_VALUE} keeps all
 */
public record L1Config(
    Fork fork,
    SimDuration slot,
    long blockGasLimit,
    Wei baseFeePerGas,
    int finalityDepth,
    int maxReorgDepth,
    long retainBlocks) {

  public L1Config {
    if (maxReorgDepth > finalityDepth) {
      throw new IllegalArgumentException(
          "maxReorgDepth " + maxReorgDepth + " exceeds finalityDepth " + finalityDepth);
    }
    if (finalityDepth < 1 || maxReorgDepth < 0 || blockGasLimit <= 0 || retainBlocks < 1) {
      throw new IllegalArgumentException("bad L1 config");
    }
    if (retainBlocks <= finalityDepth) {
      throw new IllegalArgumentException("retainBlocks must exceed finalityDepth");
    }
  }

  /** Mainnet-like defaults: Pectra, 12 s slots, 45M gas, 1 gwei base fee, 64-slot finality. */
  public static L1Config defaults() {
    return new L1Config(
        Fork.PECTRA, SimDuration.ofSeconds(12), 45_000_000L, Wei.ofGwei(1), 64, 64, Long.MAX_VALUE);
  }

  public L1Config withFork(Fork f) {
    return new L1Config(
        f, slot, blockGasLimit, baseFeePerGas, finalityDepth, maxReorgDepth, retainBlocks);
  }

  public L1Config withFinality(int depth, int maxReorg) {
    return new L1Config(fork, slot, blockGasLimit, baseFeePerGas, depth, maxReorg, retainBlocks);
  }

  public L1Config withRetainBlocks(long n) {
    return new L1Config(fork, slot, blockGasLimit, baseFeePerGas, finalityDepth, maxReorgDepth, n);
  }

  public L1Config withBaseFee(Wei fee) {
    return new L1Config(fork, slot, blockGasLimit, fee, finalityDepth, maxReorgDepth, retainBlocks);
  }
}
