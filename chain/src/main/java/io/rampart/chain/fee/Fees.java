package io.rampart.chain.fee;

import java.math.BigInteger;

/** Fee arithmetic. Results are gwei, rounded up so that the sequencer is never underpaid. */
public final class Fees {
  /** Gas a value transfer uses (Ethereum's intrinsic gas, yellow paper G_transaction). */
  public static final long TRANSFER_GAS = 21_000;

  private static final long WEI_PER_GWEI = 1_000_000_000L;

  private Fees() {}

  /** {@code ceil(21,000 x priceWei / 10^9)}; price is non-negative and below 2^63 wei. */
  public static long executionFeeGwei(long effectiveGasPriceWei) {
    return ceilProductGwei(TRANSFER_GAS, effectiveGasPriceWei);
  }

  /** {@code ceil(max(minTxSize, bytes) x l1WeiPerByte / 10^9)}. */
  public static long l1DataFeeGwei(FeeParams p, int bytes) {
    return ceilProductGwei(Math.max(p.minTxSize(), bytes), p.l1WeiPerByte());
  }

  /** ceil(a x b / 10^9) for non-negative longs, exact (128-bit when the product overflows). */
  static long ceilProductGwei(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (hi == 0 && lo >= 0) {
      return Math.ceilDiv(lo, WEI_PER_GWEI);
    }
    BigInteger v = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(WEI_PER_GWEI));
    return (qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValueExact();
  }
}
