package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A {@link Secp256k1Backend} that remembers recent public-key recoveries: a node checks a
 * transaction's signature when it admits it and again when it derives the same transaction from L1
 * data, and recovery is the costliest step of both. Recovery is a pure function of (message hash,
 * signature), so a remembered answer is exactly the answer a recomputation gives; a hit requires
 * the whole hash and the whole signature (r, s and recovery id) to be equal, never a fingerprint.
 *
 * <p>Bounded: a direct-mapped table of {@code slots} entries (a power of two), each holding the
 * last successful recovery whose hash maps there; a newer one replaces it. Failed recoveries are
 * not remembered. Signing, verification and key derivation go straight to the wrapped backend.
 * Thread-safe: entries are immutable and published through an atomic array.
 */
public final class RecoveryMemo implements Secp256k1Backend {
  private record Entry(Bytes32 hash, Signature sig, PublicKey key) {}

  private final Secp256k1Backend backend;
  private final AtomicReferenceArray<Entry> table;
  private final int mask;

  public RecoveryMemo(Secp256k1Backend backend, int slots) {
    this.backend = Objects.requireNonNull(backend, "backend");
    if (slots < 1 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two, got " + slots);
    }
    this.table = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
  }

  /** The backend that does the work on a miss. */
  public Secp256k1Backend backend() {
    return backend;
  }

  public int slots() {
    return mask + 1;
  }

  @Override
  public String name() {
    return backend.name();
  }

  @Override
  public PublicKey derivePublicKey(PrivateKey key) {
    return backend.derivePublicKey(key);
  }

  @Override
  public Signature sign(Bytes32 hash, PrivateKey key) {
    return backend.sign(hash, key);
  }

  @Override
  public boolean verify(Bytes32 hash, Signature sig, PublicKey key) {
    return backend.verify(hash, sig, key);
  }

  @Override
  public Optional<PublicKey> recover(Bytes32 hash, Signature sig) {
    int slot = slot(hash, sig);
    Entry e = table.get(slot);
    if (e != null && e.hash().equals(hash) && e.sig().equals(sig)) {
      return Optional.of(e.key());
    }
    Optional<PublicKey> key = backend.recover(hash, sig);
    key.ifPresent(k -> table.set(slot, new Entry(hash, sig, k)));
    return key;
  }

  /** Whether (hash, sig) is remembered now (for tests). */
  boolean remembers(Bytes32 hash, Signature sig) {
    Entry e = table.get(slot(hash, sig));
    return e != null && e.hash().equals(hash) && e.sig().equals(sig);
  }

  private int slot(Bytes32 hash, Signature sig) {
    int h = hash.hashCode() * 31 + sig.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
