package io.rampart.l1.core;

/**
 * The Ethereum fork whose fee rules the embedded L1 follows. Blob parameters per EIP-7840/EIP-7892
 * ({@code blobSchedule}: target, max, baseFeeUpdateFraction).
 *
 * <ul>
 *   <li>CANCUN: 3/6 blobs, fraction 3,338,477 (EIP-4844).
 *   <li>PECTRA (Prague): 6/9 blobs, fraction 5,007,716 (EIP-7691); calldata floor (EIP-7623).
 *   <li>BPO2 (after Fusaka/Osaka): 14/21 blobs, fraction 11,684,671 (EIP-7892 schedule, values as
 *       in alloy-eips {@code eip7892.rs}); calldata floor; blob reserve price (EIP-7918); at most 6
 *       blobs per transaction (EIP-7594) and 2^24 gas per transaction (EIP-7825).
 * </ul>
 *
 * <p>Before Osaka a transaction may carry as many blobs as a block, and its gas limit is bounded
 * only by the block's.
 */
public enum Fork {
  CANCUN(3, 6, 3_338_477L, false, false, 6, Long.MAX_VALUE),
  PECTRA(6, 9, 5_007_716L, true, false, 9, Long.MAX_VALUE),
  BPO2(14, 21, 11_684_671L, true, true, 6, 1L << 24);

  private final int targetBlobs;
  private final int maxBlobs;
  private final long baseFeeUpdateFraction;
  private final boolean calldataFloor;
  private final boolean blobReservePrice;
  private final int maxBlobsPerTx;
  private final long maxTxGasLimit;

  Fork(
      int targetBlobs,
      int maxBlobs,
      long baseFeeUpdateFraction,
      boolean calldataFloor,
      boolean blobReservePrice,
      int maxBlobsPerTx,
      long maxTxGasLimit) {
    this.targetBlobs = targetBlobs;
    this.maxBlobs = maxBlobs;
    this.baseFeeUpdateFraction = baseFeeUpdateFraction;
    this.calldataFloor = calldataFloor;
    this.blobReservePrice = blobReservePrice;
    this.maxBlobsPerTx = maxBlobsPerTx;
    this.maxTxGasLimit = maxTxGasLimit;
  }

  /** Most blobs one transaction may carry. */
  public int maxBlobsPerTx() {
    return maxBlobsPerTx;
  }

  /** Largest gas limit one transaction may declare (besides the block gas limit). */
  public long maxTxGasLimit() {
    return maxTxGasLimit;
  }

  public int targetBlobs() {
    return targetBlobs;
  }

  public int maxBlobs() {
    return maxBlobs;
  }

  public long baseFeeUpdateFraction() {
    return baseFeeUpdateFraction;
  }

  /** Whether EIP-7623's calldata floor (10/40 gas per zero/non-zero byte) applies. */
  public boolean calldataFloor() {
    return calldataFloor;
  }

  /** Whether EIP-7918's blob reserve price applies to the excess-blob-gas update. */
  public boolean blobReservePrice() {
    return blobReservePrice;
  }
}
