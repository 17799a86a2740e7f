package io.rampart.crypto.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The unsigned body of an Ethereum transaction. Amounts are in wei, unsigned and below 2^256; nonce
 * and gas limit are non-negative longs. The records reject out-of-range values with an exception:
 * building a bad transaction locally is a programming error, whereas bad bytes from outside are
 * rejected as values by {@link TransactionDecoder}.
 */
public sealed interface Transaction permits LegacyTransaction, DynamicFeeTransaction {

  /** The EIP-2718 type byte: 0 for legacy, 2 for EIP-1559. */
  int type();

  /** The chain the signature commits to; empty only for pre-EIP-155 legacy transactions. */
  OptionalLong signedChainId();

  long nonce();

  long gasLimit();

  /** The recipient, or empty for contract creation. */
  Optional<Address> to();

  BigInteger value();

  Calldata data();

  /** The bytes whose Keccak-256 is signed (EIP-155 or EIP-1559 rules). */
  default byte[] signingPayload() {
    return TransactionEncoder.signingPayload(this);
  }

  /** Keccak-256 of {@link #signingPayload()}. */
  default Bytes32 signingHash() {
    return io.rampart.crypto.hash.Keccak256.digest(signingPayload());
  }
}
