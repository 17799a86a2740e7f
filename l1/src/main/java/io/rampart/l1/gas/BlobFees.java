package io.rampart.l1.gas;

import io.rampart.l1.core.Fork;
import io.rampart.l1.core.Wei;
import java.math.BigInteger;

/** The EIP-4844 blob fee market, with per-fork parameters and EIP-7918's reserve price. */
public final class BlobFees {

  private BlobFees() {}

  /**
   * EIP-4844 {@code fake_exponential}: an integer approximation of {@code factor × e^(numerator /
   * denominator)} by its Taylor series.
   */
  public static BigInteger fakeExponential(
      BigInteger factor, BigInteger numerator, BigInteger denominator) {
    BigInteger output = BigInteger.ZERO;
    BigInteger accum = factor.multiply(denominator);
    for (int i = 1; accum.signum() > 0; i++) {
      output = output.add(accum);
      accum = accum.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
    }
    return output.divide(denominator);
  }

  /** Blob base fee (wei per blob gas) for a block with this excess blob gas. */
  public static Wei baseFeePerBlobGas(long excessBlobGas, Fork fork) {
    return new Wei(
        fakeExponential(
            BigInteger.valueOf(GasSchedule.MIN_BASE_FEE_PER_BLOB_GAS),
            BigInteger.valueOf(excessBlobGas),
            BigInteger.valueOf(fork.baseFeeUpdateFraction())));
  }

  /**
   * The excess blob gas of a block from its parent's (EIP-4844 {@code calc_excess_blob_gas}, with
   * EIP-7918's reserve-price branch where the fork has it).
   */
  public static long nextExcessBlobGas(
      long parentExcess, long parentBlobGasUsed, Wei parentBaseFeePerGas, Fork fork) {
    long target = fork.targetBlobs() * GasSchedule.GAS_PER_BLOB;
    if (parentExcess + parentBlobGasUsed < target) {
      return 0;
    }
    if (fork.blobReservePrice()) {
      BigInteger reserve =
          parentBaseFeePerGas.value().multiply(BigInteger.valueOf(GasSchedule.BLOB_BASE_COST));
      BigInteger blobPrice =
          baseFeePerBlobGas(parentExcess, fork)
              .value()
              .multiply(BigInteger.valueOf(GasSchedule.GAS_PER_BLOB));
      if (reserve.compareTo(blobPrice) > 0) {
        return parentExcess
            + parentBlobGasUsed * (fork.maxBlobs() - fork.targetBlobs()) / fork.maxBlobs();
      }
    }
    return parentExcess + parentBlobGasUsed - target;
  }
}
