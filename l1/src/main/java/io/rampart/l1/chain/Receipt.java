package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.Log;
import java.util.List;

/**
 * The outcome of an included transaction.
 *
 * @param revertReason the contract's reason when {@code status} is {@link Status#REVERTED}, else
 *     empty
 * @param gasUsed execution-layer gas charged (intrinsic + execution − refund, at least the EIP-7623
 *     floor; the whole limit on out-of-gas)
 * @param blobGasUsed 131,072 per blob
 * @param fee wei paid: {@code gasUsed × baseFee + blobGasUsed × blobBaseFee} (all burned)
 * @param logs the events emitted; empty unless the call succeeded
 */
public record Receipt(
    Bytes32 txHash,
    long blockNumber,
    int index,
    Status status,
    String revertReason,
    long gasUsed,
    long blobGasUsed,
    Wei fee,
    List<Log> logs) {

  /** How a transaction ended. */
  public enum Status {
    SUCCESS,
    REVERTED,
    OUT_OF_GAS
  }

  public Receipt {
    logs = List.copyOf(logs);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
