package io.rampart.crypto.ecdsa;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A secp256k1 private key: a scalar d with 1 <= d < n. Never printed: {@link #toString()} shows
 * only the address it controls. Immutable and safe to share between threads.
 */
public final class PrivateKey {
  private final byte[] d;
  private volatile PublicKey publicKey;

  private PrivateKey(byte[] d) {
    this.d = d;
  }

  /** The key with these 32 big-endian bytes, or empty if they are 0 or at least n. */
  public static Optional<PrivateKey> fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != 32 || !Curve.isScalar(new BigInteger(1, bytes))) {
      return Optional.empty();
    }
    return Optional.of(new PrivateKey(bytes.clone()));
  }

  /** Parses 64 hex digits, with or without {@code 0x}; empty if malformed or out of range. */
  public static Optional<PrivateKey> fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 64 || !Hex.isHex(digits)) {
      return Optional.empty();
    }
    return fromBytes(HexFormat.of().parseHex(digits));
  }

  /**
   * A fresh key drawn from {@code random} by rejection sampling (draws of 32 bytes until one is in
   * [1, n-1]). Pass a {@link java.security.SecureRandom} for real keys; a seeded generator gives
   * reproducible keys in simulations and tests.
   */
  public static PrivateKey generate(RandomGenerator random) {
    byte[] candidate = new byte[32];
    while (true) {
      random.nextBytes(candidate);
      if (Curve.isScalar(new BigInteger(1, candidate))) {
        return new PrivateKey(candidate);
      }
    }
  }

  /** The 32 big-endian bytes of d. Handle with care: this is the secret. */
  public byte[] toBytes() {
    return d.clone();
  }

  BigInteger scalar() {
    return new BigInteger(1, d);
  }

  /** Read-only view for backends; callers must not modify it. */
  byte[] bytesUnsafe() {
    return d;
  }

  /** d·G, computed once with the default backend. */
  public PublicKey publicKey() {
    PublicKey pk = publicKey;
    if (pk == null) {
      pk = Ecdsa.defaultInstance().publicKey(this);
      publicKey = pk;
    }
    return pk;
  }

  public Address address() {
    return publicKey().address();
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PrivateKey other && MessageDigest.isEqual(d, other.d);
  }

  @Override
  public int hashCode() {
    return publicKey().hashCode();
  }

  @Override
  public String toString() {
    return "PrivateKey[for " + address() + "]";
  }
}
