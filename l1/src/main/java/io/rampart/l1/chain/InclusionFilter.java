package io.rampart.l1.chain;

/**
 * Fault injection on L1 inclusion: a block producer that censors or delays transactions. A
 * transaction the filter refuses stays in the pool and is considered again for the next block.
 */
@FunctionalInterface
public interface InclusionFilter {
  boolean include(L1Tx tx, long blockNumber, long timestamp);
}
