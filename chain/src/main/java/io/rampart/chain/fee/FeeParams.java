package io.rampart.chain.fee;

/**
 * Fee parameters, all amounts in wei. The execution fee is {@code 21,000 x effective gas price};
 * the L1 data fee follows the OP Stack Fjord formula (ethereum-optimism/specs, "Fjord L1 cost
 * function"): {@code size x (16 x baseFeeScalar x l1BaseFee + blobBaseFeeScalar x l1BlobBaseFee) /
 * 10^6}, where the scalars are fixed-point with six decimals and {@code size} is the bytes the
 * transaction adds to a batch (at least {@code minTxSize}).
 */
public record FeeParams(
    long l2BaseFeeWei,
    long l1BaseFeeWei,
    long l1BlobBaseFeeWei,
    long baseFeeScalar,
    long blobBaseFeeScalar,
    int minTxSize) {

  public FeeParams {
    if (l2BaseFeeWei < 0
        || l1BaseFeeWei < 0
        || l1BlobBaseFeeWei < 0
        || baseFeeScalar < 0
        || blobBaseFeeScalar < 0
        || minTxSize < 0) {
      throw new IllegalArgumentException("fee parameters must not be negative");
    }
    if (l1WeiPerByte(l1BaseFeeWei, l1BlobBaseFeeWei, baseFeeScalar, blobBaseFeeScalar)
        > 1_000_000_000_000L) {
      throw new IllegalArgumentException("L1 price per byte above 1000 gwei is not supported");
    }
  }

  /**
   * Defaults for tests and simulation: L2 base fee 0.01 gwei, L1 base fee 10 gwei, blob base fee 1
   * gwei, OP Mainnet-like scalars (base 0.001368, blob 0.810949), no minimum size.
   */
  public static FeeParams defaults() {
    return new FeeParams(10_000_000L, 10_000_000_000L, 1_000_000_000L, 1_368L, 810_949L, 0);
  }

  public static FeeParams free() {
    return new FeeParams(0, 0, 0, 0, 0, 0);
  }

  /** L1 data price per byte in wei. */
  public long l1WeiPerByte() {
    return l1WeiPerByte(l1BaseFeeWei, l1BlobBaseFeeWei, baseFeeScalar, blobBaseFeeScalar);
  }

  private static long l1WeiPerByte(long base, long blob, long baseScalar, long blobScalar) {
    try {
      long sum =
          Math.addExact(
              Math.multiplyExact(Math.multiplyExact(16L, baseScalar), base),
              Math.multiplyExact(blobScalar, blob));
      return sum / 1_000_000;
    } catch (ArithmeticException overflow) {
      return slowWeiPerByte(base, blob, baseScalar, blobScalar);
    }
  }

  private static long slowWeiPerByte(long base, long blob, long baseScalar, long blobScalar) {
    return java.math.BigInteger.valueOf(16)
        .multiply(java.math.BigInteger.valueOf(baseScalar))
        .multiply(java.math.BigInteger.valueOf(base))
        .add(java.math.BigInteger.valueOf(blobScalar).multiply(java.math.BigInteger.valueOf(blob)))
        .divide(java.math.BigInteger.valueOf(1_000_000))
        .min(java.math.BigInteger.valueOf(Long.MAX_VALUE))
        .longValue();
  }
}
