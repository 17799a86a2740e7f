package io.rampart.chain.fee;

/** Fee arithmetic. Results are gwei, rounded up so that the sequencer is never underpaid. */
public final class Fees {
  /** Gas a value transfer uses (Ethereum's intrinsic gas, yellow paper G_transaction). */
  public static final long TRANSFER_GAS = 21_000;

  private static final long WEI_PER_GWEI = 1_000_000_000L;

  private Fees() {}

  /** {@code ceil(21,000 x priceWei / 10^9)}; price below 2^63 wei, so the result fits. */
  public static long executionFeeGwei(long effectiveGasPriceWei) {
    return ceilDiv(
        Math.multiplyHigh(TRANSFER_GAS, effectiveGasPriceWei), TRANSFER_GAS * effectiveGasPriceWei);
  }

  /** {@code ceil(max(minTxSize, bytes) x l1WeiPerByte / 10^9)}. */
  public static long l1DataFeeGwei(FeeParams p, int bytes) {
    long size = Math.max(p.minTxSize(), bytes);
    long perByte = p.l1WeiPerByte();
    return ceilDiv(Math.multiplyHigh(size, perByte), size * perByte);
  }

  /** ceil((hi:lo as unsigned 128-bit) / 10^9) for products of non-negative longs. */
  private static long ceilDiv(long hi, long lo) {
    java.math.BigInteger v =
        java.math.BigInteger.valueOf(hi)
            .shiftLeft(64)
            .add(new java.math.BigInteger(Long.toUnsignedString(lo)));
    java.math.BigInteger[] qr = v.divideAndRemainder(java.math.BigInteger.valueOf(WEI_PER_GWEI));
    java.math.BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].add(java.math.BigInteger.ONE);
    return q.longValueExact();
  }
}
