package io.rampart.crypto.tx;

import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** An EIP-1559 (type 2) transaction. */
public record DynamicFeeTransaction(
    long chainId,
    long nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    long gasLimit,
    Optional<Address> to,
    BigInteger value,
    Calldata data,
    List<AccessListEntry> accessList)
    implements Transaction {

  public DynamicFeeTransaction {
    Uint.chainId(chainId);
    Uint.nonNegative(nonce, "nonce");
    Uint.u256(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Uint.u256(maxFeePerGas, "maxFeePerGas");
    Uint.nonNegative(gasLimit, "gasLimit");
    Objects.requireNonNull(to, "to");
    Uint.u256(value, "value");
    Objects.requireNonNull(data, "data");
    accessList = List.copyOf(accessList);
  }

  @Override
  public int type() {
    return 2;
  }

  @Override
  public OptionalLong signedChainId() {
    return OptionalLong.of(chainId);
  }
}
