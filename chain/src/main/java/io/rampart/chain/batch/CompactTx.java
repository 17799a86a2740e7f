package io.rampart.chain.batch;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * One user transfer as a batch carries it: sender by account index, recipient by index or literal
 * address (or the withdrawal marker), value in gwei, a fee template index and the signature. The
 * nonce is the sender's nonce at that point of the chain and is not stored.
 */
public record CompactTx(
    int fromIndex, Recipient to, long valueGwei, int template, int yParity, Bytes32 r, Bytes32 s) {

  public CompactTx {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
  }

  /** Where the value goes. */
  public sealed interface Recipient {
    record Index(int index) implements Recipient {}

    record Literal(Address address) implements Recipient {}

    record Withdrawal() implements Recipient {}
  }

  public Optional<Integer> toIndex() {
    return to instanceof Recipient.Index(int i) ? Optional.of(i) : Optional.empty();
  }
}
