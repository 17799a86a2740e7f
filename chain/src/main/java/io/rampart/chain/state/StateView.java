package io.rampart.chain.state;

import io.rampart.crypto.ecdsa.Address;

/** Read access to the account set and withdrawal count. Indices are 0..nextIndex()-1. */
public interface StateView {

  /** The account index of {@code address}, or -1 when it has none. */
  int indexOf(Address address);

  /** The account at {@code index}; {@code index} must be below {@link #nextIndex()}. */
  Account account(int index);

  /** The index the next new account gets; also the number of accounts. */
  int nextIndex();

  /** Number of withdrawals so far; the next withdrawal leaf gets this index. */
  long withdrawalCount();
}
