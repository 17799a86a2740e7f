package io.rampart.models.optimistic.game;

/**
 * Why the contract refused a one-step proof's {@link InputProof}; the name is the revert reason.
 * Each is checked against storage the inbox or bridge wrote at posting time, or against
 * derivation's schedule ({@link BlockInputs}).
 */
public enum InputRejection {
  /** The proof's kind does not fit the position (a deposit, forced or batch transfer slot). */
  WRONG_INPUT_KIND,
  /** The inbox holds no batch with that index. */
  BATCH_NOT_POSTED,
  /** The schedule has the block from another batch, or another block of it. */
  WRONG_BATCH,
  /** keccak of the supplied bytes is not the hash the inbox stored for the batch. */
  BATCH_HASH_MISMATCH,
  /** The bytes do not decode with the chain's batch codec. */
  BATCH_MALFORMED,
  /** The decoded batch does not declare this L2 block at that place. */
  BLOCK_NOT_IN_BATCH,
  /** The decoded block has no transfer at that index. */
  TX_NOT_IN_BATCH,
  /** The transfer named is not the one at the disputed position. */
  TX_INDEX_MISMATCH,
  /** The decoded block's transfer count differs from the schedule's. */
  SCHEDULE_MISMATCH,
  /** An empty-block step over a block that has transactions. */
  BLOCK_NOT_EMPTY,
  /** The deposit named is not the one at the disputed position. */
  DEPOSIT_INDEX_MISMATCH,
  /** The bridge holds no deposit with that id. */
  DEPOSIT_NOT_RECORDED,
  /** The deposit's recipient, amount or L1 block differ from the bridge's record. */
  DEPOSIT_MISMATCH,
  /** The deposit was made after the block's L1 origin. */
  DEPOSIT_NOT_DUE,
  /** The forced transaction named is not the one at the disputed position. */
  FORCED_INDEX_MISMATCH,
  /** The inbox's forced queue holds no transaction with that index. */
  FORCED_NOT_QUEUED,
  /** keccak of the supplied bytes is not the hash the inbox stored for that forced transaction. */
  FORCED_TX_MISMATCH
}
