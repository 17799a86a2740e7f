package io.rampart.chain.stf;

import io.rampart.chain.tx.Rejection;
import io.rampart.crypto.Bytes32;
import java.util.Optional;

/**
 * What including one transaction did. Amounts in gwei. {@code fromIndex} is -1 for deposits; {@code
 * toIndex} is -1 for withdrawals and for zero-value transfers to an address without an account. A
 * failed receipt (only system transactions can fail) changed nothing and says why.
 */
public record Receipt(
    Bytes32 txHash,
    Kind kind,
    boolean success,
    int fromIndex,
    int toIndex,
    boolean toCreated,
    long valueGwei,
    long executionFeeGwei,
    long l1FeeGwei,
    Optional<Rejection> failure) {

  public enum Kind {
    TRANSFER,
    WITHDRAWAL,
    DEPOSIT,
    FORCED_TRANSFER,
    FORCED_WITHDRAWAL
  }

  public static Receipt failed(Bytes32 hash, Kind kind, Rejection why) {
    return new Receipt(hash, kind, false, -1, -1, false, 0, 0, 0, Optional.of(why));
  }

  public long feesGwei() {
    return executionFeeGwei + l1FeeGwei;
  }
}
