package io.rampart.node.devnet;

/**
 * Limits on what one HTTP request may ask: body size in bytes, requests in one JSON-RPC batch, and
 * requests handled at the same time (the rest wait for a slot).
 */
public record RpcLimits(int maxBodyBytes, int maxBatch, int maxConcurrent) {
  public RpcLimits {
    if (maxBodyBytes < 1024 || maxBatch < 1 || maxConcurrent < 1) {
      throw new IllegalArgumentException("bad RPC limits");
    }
  }

  /** 5 MiB bodies (geth's default), 1,000 requests per batch, 64 requests at once. */
  public static RpcLimits defaults() {
    return new RpcLimits(5 * 1024 * 1024, 1_000, 64);
  }
}
