package io.rampart.crypto.tx;

import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A legacy (type 0) transaction. With a chain id it is signed under EIP-155 (v = chainId * 2 + 35
 * or 36); without one it is a pre-EIP-155 transaction (v = 27 or 28), which decoders reject unless
 * explicitly allowed.
 */
public record LegacyTransaction(
    long nonce,
    BigInteger gasPrice,
    long gasLimit,
    Optional<Address> to,
    BigInteger value,
    Calldata data,
    OptionalLong chainId)
    implements Transaction {

  public LegacyTransaction {
    Uint.nonNegative(nonce, "nonce");
    Uint.u256(gasPrice, "gasPrice");
    Uint.nonNegative(gasLimit, "gasLimit");
    Objects.requireNonNull(to, "to");
    Uint.u256(value, "value");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(chainId, "chainId");
    chainId.ifPresent(Uint::chainId);
  }

  @Override
  public int type() {
    return 0;
  }

  @Override
  public OptionalLong signedChainId() {
    return chainId;
  }
}
