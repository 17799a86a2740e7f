package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.util.Optional;

/**
 * One implementation of secp256k1 ECDSA. Every backend gives bit-identical results: signatures use
 * RFC 6979 nonces (HMAC-SHA256) and are normalised to low s, and all backends take the same
 * accept/reject decision on every input. Methods never throw for bad signatures or hashes; they
 * answer {@code false} or empty. Implementations are thread-safe.
 */
public interface Secp256k1Backend {

  /** Short name for reports, for example {@code libsecp256k1} or {@code bouncycastle}. */
  String name();

  /** d·G. */
  PublicKey derivePublicKey(PrivateKey key);

  /**
   * The RFC 6979 (HMAC-SHA256) signature of a 32-byte message hash, with s at most n/2 and the
   * recovery id of R's y parity (flipped along with s).
   */
  Signature sign(Bytes32 hash, PrivateKey key);

  /**
   * Whether {@code sig} is a valid signature of {@code hash} by {@code key}. False when r or s is
   * outside [1, n-1] or s is above n/2 (libsecp256k1's rule). The recovery id is ignored.
   */
  boolean verify(Bytes32 hash, Signature sig, PublicKey key);

  /**
   * The public key that recovers from {@code sig} over {@code hash}, or empty when r or s is
   * outside [1, n-1], the recovery id is not 0 or 1, no curve point has x = r, or the result is
   * infinity. High s is accepted here (as by Ethereum's ECRECOVER); {@link Ecdsa} applies the low-s
   * rule where it belongs.
   */
  Optional<PublicKey> recover(Bytes32 hash, Signature sig);
}
