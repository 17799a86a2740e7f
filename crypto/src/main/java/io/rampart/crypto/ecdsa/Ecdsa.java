package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.util.Objects;
import java.util.Optional;

/**
 * secp256k1 ECDSA as Ethereum uses it, over one {@link Secp256k1Backend}. Signing is deterministic
 * (RFC 6979) and always low-s; {@link #verify} and {@link #recover} enforce the low-s rule of
 * EIP-2, {@link #recoverAllowingHighS} gives the looser ECRECOVER semantics. No method throws for
 * bad signature bytes. Thread-safe.
 *
 * <p>{@link #defaultInstance()} uses libsecp256k1 (five to six times faster than BouncyCastle on
 * verify and recover in {@code Secp256k1Bench}; signing is about even) and falls back to
 * BouncyCastle, silently, when the native library cannot load; {@link #backendName()} and {@link
 * #nativeUnavailableReason()} tell which one is in use and why.
 */
public final class Ecdsa {
  private static final class Default {
    static final NativeBackend.Loaded NATIVE = NativeBackend.load();
    static final Ecdsa INSTANCE = new Ecdsa(choose(NATIVE));
  }

  private final Secp256k1Backend backend;

  private Ecdsa(Secp256k1Backend backend) {
    this.backend = backend;
  }

  /** The fastest backend available on this machine. */
  public static Ecdsa defaultInstance() {
    return Default.INSTANCE;
  }

  public static Ecdsa using(Secp256k1Backend backend) {
    return new Ecdsa(Objects.requireNonNull(backend, "backend"));
  }

  /** Why the native library is not in use, or empty when it is available. */
  public static Optional<String> nativeUnavailableReason() {
    return Default.NATIVE instanceof NativeBackend.Loaded.Unavailable(String reason)
        ? Optional.of(reason)
        : Optional.empty();
  }

  /** The default choice: libsecp256k1 when it loaded, BouncyCastle otherwise. */
  static Secp256k1Backend choose(NativeBackend.Loaded loaded) {
    return switch (loaded) {
      case NativeBackend.Loaded.Available(NativeBackend nativeBackend) -> nativeBackend;
      case NativeBackend.Loaded.Unavailable u -> BouncyCastleBackend.INSTANCE;
    };
  }

  public Secp256k1Backend backend() {
    return backend;
  }

  public String backendName() {
    return backend.name();
  }

  public PublicKey publicKey(PrivateKey key) {
    return backend.derivePublicKey(key);
  }

  /** Deterministic low-s signature of a 32-byte message hash, with its recovery id. */
  public Signature sign(Bytes32 hash, PrivateKey key) {
    return backend.sign(hash, key);
  }

  /** Whether {@code sig} is a valid low-s signature of {@code hash} by {@code key}. */
  public boolean verify(Bytes32 hash, Signature sig, PublicKey key) {
    return sig.check(true).isEmpty() && backend.verify(hash, sig, key);
  }

  /** The signer's key, rejecting high s (EIP-2) and anything malformed. */
  public RecoveryResult recover(Bytes32 hash, Signature sig) {
    return recover(hash, sig, true);
  }

  /** As {@link #recover}, but accepting s above n/2, like Ethereum's ECRECOVER precompile. */
  public RecoveryResult recoverAllowingHighS(Bytes32 hash, Signature sig) {
    return recover(hash, sig, false);
  }

  private RecoveryResult recover(Bytes32 hash, Signature sig, boolean requireLowS) {
    Optional<SignatureError> malformed = sig.check(requireLowS);
    if (malformed.isPresent()) {
      return new RecoveryResult.Rejected(malformed.get());
    }
    return backend
        .recover(hash, sig)
        .<RecoveryResult>map(RecoveryResult.Recovered::new)
        .orElse(new RecoveryResult.Rejected(SignatureError.NOT_RECOVERABLE));
  }

  /** The address that signed, or empty if the signature is rejected. */
  public Optional<Address> recoverAddress(Bytes32 hash, Signature sig) {
    return recover(hash, sig) instanceof RecoveryResult.Recovered rec
        ? Optional.of(rec.address())
        : Optional.empty();
  }
}
