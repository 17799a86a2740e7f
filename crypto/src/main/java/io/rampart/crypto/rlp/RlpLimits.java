package io.rampart.crypto.rlp;

/**
 * Bounds the decoder enforces before it allocates: the input size in bytes and the list nesting
 * depth (a top-level list has depth 1; at most {@value #DEPTH_CAP}, which keeps the recursive
 * decoder well inside any thread's stack).
 */
public record RlpLimits(int maxInputBytes, int maxDepth) {
  /** 16 MiB and 64 levels: far above any Ethereum structure. */
  public static final RlpLimits DEFAULT = new RlpLimits(16 << 20, 64);

  public static final int DEPTH_CAP = 1024;

  public RlpLimits {
    if (maxInputBytes < 1 || maxDepth < 0 || maxDepth > DEPTH_CAP) {
      throw new IllegalArgumentException(
          "need maxInputBytes >= 1 and 0 <= maxDepth <= " + DEPTH_CAP);
    }
  }
}
