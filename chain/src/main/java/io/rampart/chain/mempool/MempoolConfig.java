package io.rampart.chain.mempool;

/**
 * Pool limits: total transactions, transactions per sender, how far a nonce may run ahead of the
 * sender's account nonce, and the fee bump (percent) a replacement must offer on both fee cap and
 * tip (go-ethereum's default is 10).
 */
public record MempoolConfig(int maxTotal, int maxPerSender, int maxNonceGap, int priceBumpPercent) {
  public MempoolConfig {
    if (maxTotal < 1 || maxPerSender < 1 || maxNonceGap < 0 || priceBumpPercent < 0) {
      throw new IllegalArgumentException("bad mempool limits");
    }
  }

  public static MempoolConfig defaults() {
    return new MempoolConfig(100_000, 64, 64, 10);
  }
}
