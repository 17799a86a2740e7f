package io.rampart.crypto.ecdsa;

/** Outcome of public-key recovery: the key, or why the signature was rejected. */
public sealed interface RecoveryResult {

  /** A public key recovered; {@link #address()} is its Ethereum address. */
  record Recovered(PublicKey publicKey) implements RecoveryResult {
    public Address address() {
      return publicKey.address();
    }
  }

  /** The signature was rejected. */
  record Rejected(SignatureError error) implements RecoveryResult {}
}
