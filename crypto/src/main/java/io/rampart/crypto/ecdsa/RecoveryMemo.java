package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link Secp256k1Backend} that remembers recent public-key recoveries: a node checks a
 * transaction's signature when it admits it and again when it derives the same transaction from L1
 * data, and recovery is the costliest step of both. Recovery is a pure function of (message hash,
 * signature), so a remembered answer is exactly the answer a recomputation gives; a hit requires
 * the whole hash and the whole signature (r, s and recovery id) to be equal, never a fingerprint.
 *
 * <p>Bounded: at most {@code capacity} entries (briefly a few more while threads insert at once),
 * the oldest forgotten first, so a recovery is still remembered after up to {@code capacity - 1}
 * newer ones. Failed recoveries are not remembered. Signing, verification and key derivation go
 * straight to the wrapped backend. Thread-safe.
 */
public final class RecoveryMemo implements Secp256k1Backend {
  private record Key(Bytes32 hash, Signature sig) {}

  private final Secp256k1Backend backend;
  private final int capacity;
  private final ConcurrentHashMap<Key, PublicKey> map = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Key> order = new ConcurrentLinkedQueue<>();

  public RecoveryMemo(Secp256k1Backend backend, int capacity) {
    this.backend = Objects.requireNonNull(backend, "backend");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The backend that does the work on a miss. */
  public Secp256k1Backend backend() {
    return backend;
  }

  public int capacity() {
    return capacity;
  }

  /** How many recoveries are remembered now. */
  public int size() {
    return map.size();
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
    Key k = new Key(hash, sig);
    PublicKey known = map.get(k);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<PublicKey> key = backend.recover(hash, sig);
    if (key.isPresent() && map.putIfAbsent(k, key.get()) == null) {
      order.add(k);
      while (map.size() > capacity) {
        Key oldest = order.poll();
        if (oldest == null) {
          break;
        }
        map.remove(oldest);
      }
    }
    return key;
  }

  /** Whether (hash, sig) is remembered now (for tests). */
  boolean remembers(Bytes32 hash, Signature sig) {
    return map.containsKey(new Key(hash, sig));
  }
}
