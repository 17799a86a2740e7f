package io.rampart.crypto.tx;

/** A value, or the reason there is none. */
public sealed interface TxResult<T> {

  record Ok<T>(T value) implements TxResult<T> {}

  record Rejected<T>(TxRejection rejection) implements TxResult<T> {}

  static <T> TxResult<T> rejected(TxRejection.Reason reason, String detail) {
    return new Rejected<>(new TxRejection(reason, detail));
  }
}
