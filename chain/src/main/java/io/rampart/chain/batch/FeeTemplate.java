package io.rampart.chain.batch;

/**
 * The fee fields a batch stores once and transactions point to: type (0 legacy, 2 EIP-1559), gas
 * limit, fee cap (the gas price for legacy) and tip, in wei.
 */
public record FeeTemplate(int type, long gasLimit, long maxFeePerGasWei, long maxPriorityFeeWei) {
  public FeeTemplate {
    if (type != 0 && type != 2) {
      throw new IllegalArgumentException("type must be 0 or 2");
    }
    if (type == 0 && maxPriorityFeeWei != maxFeePerGasWei) {
      throw new IllegalArgumentException("legacy tip equals its gas price");
    }
  }
}
