package io.rampart.crypto.tx;

import java.util.Objects;

/** Why a transaction was rejected: a reason callers can switch over and a precise detail. */
public record TxRejection(Reason reason, String detail) {

  public TxRejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** Reason and detail in one line, for logs and error replies. */
  public String message() {
    return reason.description() + ": " + detail;
  }

  public enum Reason {
    EMPTY("empty transaction"),
    TOO_LARGE("encoded transaction exceeds the size limit"),
    MALFORMED_RLP("not canonical RLP"),
    TRAILING_BYTES("bytes follow the transaction"),
    NOT_A_TRANSACTION("not a transaction envelope"),
    UNSUPPORTED_TYPE("transaction type not supported"),
    UNKNOWN_TYPE("unknown transaction type"),
    WRONG_FIELD_COUNT("wrong number of fields"),
    NOT_A_SCALAR("a scalar field is a list"),
    NON_CANONICAL_INTEGER("integer with leading zero bytes"),
    INTEGER_OVERFLOW("integer too large for its field"),
    BAD_RECIPIENT("recipient must be empty or 20 bytes"),
    BAD_ACCESS_LIST("malformed access list"),
    TIP_ABOVE_FEE_CAP("maxPriorityFeePerGas above maxFeePerGas (EIP-1559)"),
    UNPROTECTED_LEGACY("pre-EIP-155 transaction without chain id (v = 27 or 28)"),
    INVALID_V("legacy v is neither 27/28 nor chainId * 2 + 35/36"),
    WRONG_CHAIN_ID("signed for another chain"),
    INVALID_Y_PARITY("y parity must be 0 or 1"),
    R_OUT_OF_RANGE("signature r must be in [1, n-1]"),
    S_OUT_OF_RANGE("signature s must be in [1, n-1]"),
    HIGH_S("signature s above n/2 (EIP-2)"),
    INVALID_SIGNATURE("no sender recovers from the signature");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
