package io.rampart.crypto.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.ecdsa.RecoveryResult;
import io.rampart.crypto.ecdsa.Signature;
import io.rampart.crypto.hash.Keccak256;
import java.util.Arrays;
import java.util.Objects;

/**
 * A transaction with its signature and its exact encoding (as sent on the wire: the RLP list for
 * legacy, {@code 0x02 || rlp(...)} for EIP-1559). The hash is Keccak-256 of those bytes. Obtained
 * from {@link #sign} or from {@link TransactionDecoder}; immutable.
 */
public final class SignedTransaction {
  private final Transaction transaction;
  private final Signature signature;
  private final byte[] encoded;
  private final Bytes32 hash;
  private final Bytes32 signingHash;

  /** {@code signingHash} must be {@code transaction.signingHash()}, found by the caller. */
  SignedTransaction(
      Transaction transaction, Signature signature, byte[] encoded, Bytes32 signingHash) {
    this.transaction = Objects.requireNonNull(transaction);
    this.signature = Objects.requireNonNull(signature);
    this.encoded = encoded;
    this.hash = Keccak256.digest(encoded);
    this.signingHash = Objects.requireNonNull(signingHash);
  }

  /** Signs {@code tx} with {@code key} (RFC 6979, low s). */
  public static SignedTransaction sign(Transaction tx, PrivateKey key, Ecdsa ecdsa) {
    Bytes32 signingHash = tx.signingHash();
    Signature sig = ecdsa.sign(signingHash, key);
    return new SignedTransaction(tx, sig, TransactionEncoder.signed(tx, sig), signingHash);
  }

  public Transaction transaction() {
    return transaction;
  }

  /** r, s and the recovery id (y parity). */
  public Signature signature() {
    return signature;
  }

  /**
   * The v that is on the wire: 27/28 or chainId * 2 + 35/36 for legacy, the y parity for type 2.
   */
  public long v() {
    return switch (transaction) {
      case LegacyTransaction t -> TransactionEncoder.legacyV(t, signature.recoveryId());
      case DynamicFeeTransaction t -> signature.recoveryId();
    };
  }

  public byte[] encoded() {
    return encoded.clone();
  }

  /** {@link Transaction#signingHash()} of {@link #transaction()}, computed once. */
  public Bytes32 signingHash() {
    return signingHash;
  }

  /** Keccak-256 of {@link #encoded()}: the transaction hash. */
  public Bytes32 hash() {
    return hash;
  }

  /**
   * The sender: the address whose key made the signature over {@link Transaction#signingHash()}.
   * Rejected with {@link TxRejection.Reason#INVALID_SIGNATURE} when no key recovers.
   */
  public TxResult<Address> recoverSender(Ecdsa ecdsa) {
    return switch (ecdsa.recover(signingHash, signature)) {
      case RecoveryResult.Recovered rec -> new TxResult.Ok<>(rec.address());
      case RecoveryResult.Rejected(var error) ->
          TxResult.rejected(TxRejection.Reason.INVALID_SIGNATURE, error.message());
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedTransaction other && Arrays.equals(encoded, other.encoded);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return "SignedTransaction[" + hash + ", " + transaction + "]";
  }
}
