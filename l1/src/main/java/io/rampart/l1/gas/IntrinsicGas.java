package io.rampart.l1.gas;

import io.rampart.l1.core.Fork;

/**
 * The gas a transaction pays before any execution, and the EIP-7623 floor.
 *
 * <p>Standard intrinsic gas: {@code 21000 + 16 × non-zero + 4 × zero} calldata bytes. Under
 * EIP-7623 (Pectra and later) the gas finally charged is {@code max(21000 + 4 × tokens + execution,
 * 21000 + 10 × tokens)} with {@code tokens = zero + 4 × non-zero}; a transaction's gas limit must
 * cover both the standard intrinsic gas and the floor.
 */
public record IntrinsicGas(long standard, long floor) {

  public static IntrinsicGas of(byte[] calldata, Fork fork) {
    long zero = 0;
    for (byte b : calldata) {
      if (b == 0) {
        zero++;
      }
    }
    long nonZero = calldata.length - zero;
    long tokens = zero + 4 * nonZero;
    long standard = GasSchedule.TX_BASE + GasSchedule.STANDARD_TOKEN_COST * tokens;
    long floor =
        fork.calldataFloor()
            ? GasSchedule.TX_BASE + GasSchedule.TOTAL_COST_FLOOR_PER_TOKEN * tokens
            : 0;
    return new IntrinsicGas(standard, floor);
  }

  /** The least gas limit a transaction with this calldata may declare. */
  public long minimumGasLimit() {
    return Math.max(standard, floor);
  }

  /** Gas finally charged, given the execution gas used (after refunds). */
  public long charged(long executionGas) {
    return Math.max(standard + executionGas, floor);
  }
}
