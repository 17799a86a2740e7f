package io.rampart.crypto.merkle;

/**
 * Whether one call on a Merkle structure may share its work with the common ForkJoinPool. Roots,
 * stored nodes and proofs are identical either way; only the threads that compute them differ.
 */
public enum Parallelism {
  /** Large batches run on the calling thread together with the common ForkJoinPool. */
  COMMON_POOL,
  /**
   * Every call runs on the calling thread alone, for code (simulations) that must not use others.
   */
  SEQUENTIAL
}
