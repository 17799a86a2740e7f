package io.rampart.chain.tx;

import java.util.Objects;

/** Why a transaction was refused: a reason to switch over and a precise detail. */
public record Rejection(Reason reason, String detail) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  public static Rejection of(Reason reason, String detail) {
    return new Rejection(reason, detail);
  }

  public String message() {
    return reason + ": " + detail;
  }

  public enum Reason {
    /** Not a well-formed Ethereum transaction (RLP, field shapes, unsupported type). */
    BAD_ENCODING,
    /** Encoded transaction larger than the chain's limit. */
    OVERSIZE,
    /** Legacy transaction without EIP-155 chain id. */
    MISSING_CHAIN_ID,
    /** Signed for another chain. */
    WRONG_CHAIN_ID,
    /** Signature malformed, high-s, or no sender recovers. */
    BAD_SIGNATURE,
    /** Contract creation or non-empty data: only value transfers exist on this chain. */
    NOT_A_TRANSFER,
    /** Value in wei that is not a multiple of 10^9. */
    VALUE_NOT_WHOLE_GWEI,
    /** Value of 2^64 gwei or more. */
    VALUE_TOO_LARGE,
    /** Gas price or fee cap at or above 2^63 wei, or a priority fee above the fee cap. */
    FEE_OUT_OF_RANGE,
    /** Fee cap below the chain's base fee. */
    FEE_BELOW_BASE_FEE,
    /** Gas limit below the 21,000 a transfer uses. */
    GAS_LIMIT_TOO_LOW,
    /** Nonce below the account's next nonce. */
    NONCE_TOO_LOW,
    /** Nonce above the account's next nonce (at execution time). */
    NONCE_TOO_HIGH,
    /** Nonce further ahead of the account's next nonce than the pool keeps. */
    NONCE_GAP_TOO_LARGE,
    /** Balance below value plus fees (or no account at all). */
    INSUFFICIENT_FUNDS,
    /** A credit would push a balance past 2^64 - 1 gwei. */
    BALANCE_OVERFLOW,
    /** All 2^31 - 1 account indices are taken. */
    ACCOUNTS_EXHAUSTED,
    /** Same sender and nonce as a pooled transaction without the minimum fee bump. */
    UNDERPRICED_REPLACEMENT,
    /** The pool (or this sender's share of it) is full of better-paying transactions. */
    POOL_FULL,
    /** This exact transaction is already in the pool. */
    ALREADY_KNOWN
  }
}
