package io.rampart.crypto.ecdsa;

import fr.acinq.secp256k1.Secp256k1;
import io.rampart.crypto.Bytes32;
import java.util.Arrays;
import java.util.Optional;

/**
 * bitcoin-core's libsecp256k1 through the ACINQ JNI bindings. {@link #load()} answers empty when
 * the native library cannot be loaded on this platform; the library's own errors ({@code
 * Secp256k1Exception} and friends) never escape, they become {@code false} or empty.
 */
public final class NativeBackend implements Secp256k1Backend {
  private final Secp256k1 lib;

  private NativeBackend(Secp256k1 lib) {
    this.lib = lib;
  }

  /** Outcome of trying to load the native library. */
  public sealed interface Loaded {
    record Available(NativeBackend backend) implements Loaded {}

    record Unavailable(String reason) implements Loaded {}
  }

  /**
   * Loads the native library and checks that it signs and recovers correctly (private key 1 must
   * recover to itself). Prints nothing.
   */
  public static Loaded load() {
    try {
      NativeBackend backend = new NativeBackend(Secp256k1.get());
      byte[] one = new byte[32];
      one[31] = 1;
      PrivateKey key = PrivateKey.fromBytes(one).orElseThrow();
      PublicKey expected = BouncyCastleBackend.INSTANCE.derivePublicKey(key);
      Bytes32 hash = Bytes32.fromHex("0x" + "11".repeat(32));
      Signature sig = backend.sign(hash, key, expected);
      if (!backend.derivePublicKey(key).equals(expected)
          || !backend.recover(hash, sig).equals(Optional.of(expected))) {
        return new Loaded.Unavailable("native library loaded but failed its self-test");
      }
      return new Loaded.Available(backend);
    } catch (LinkageError | RuntimeException e) {
      return new Loaded.Unavailable(describe(e));
    }
  }

  /** The exception and its causes, one {@code Type: message} after another. */
  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 500; t = t.getCause()) {
      if (!sb.isEmpty()) {
        sb.append(" <- ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.toString();
  }

  @Override
  public String name() {
    return "libsecp256k1";
  }

  @Override
  public PublicKey derivePublicKey(PrivateKey key) {
    byte[] sec1 = lib.pubkeyCreate(key.bytesUnsafe());
    return PublicKey.ofTrustedXy(Arrays.copyOfRange(sec1, 1, 65));
  }

  @Override
  public Signature sign(Bytes32 hash, PrivateKey key) {
    return sign(hash, key, key.publicKey());
  }

  /**
   * libsecp256k1 signs with RFC 6979 and normalises s but this binding does not return the recovery
   * id, so it is found by recovering with id 0 and comparing with the signer's key.
   */
  private Signature sign(Bytes32 hash, PrivateKey key, PublicKey signer) {
    byte[] compact = lib.sign(hash.toArray(), key.bytesUnsafe());
    Bytes32 r = Bytes32.adopt(Arrays.copyOfRange(compact, 0, 32));
    Bytes32 s = Bytes32.adopt(Arrays.copyOfRange(compact, 32, 64));
    Signature even = new Signature(r, s, 0);
    if (recover(hash, even).filter(signer::equals).isPresent()) {
      return even;
    }
    Signature odd = new Signature(r, s, 1);
    if (recover(hash, odd).filter(signer::equals).isPresent()) {
      return odd;
    }
    throw new IllegalStateException("libsecp256k1 produced a signature that recovers to no key");
  }

  @Override
  public boolean verify(Bytes32 hash, Signature sig, PublicKey key) {
    try {
      return lib.verify(sig.toCompact(), hash.toArray(), key.uncompressedUnsafe());
    } catch (RuntimeException invalid) {
      return false;
    }
  }

  @Override
  public Optional<PublicKey> recover(Bytes32 hash, Signature sig) {
    int recId = sig.recoveryId();
    if (recId != 0 && recId != 1) {
      return Optional.empty();
    }
    try {
      byte[] sec1 = lib.ecdsaRecover(sig.toCompact(), hash.toArray(), recId);
      return Optional.of(PublicKey.ofTrustedXy(Arrays.copyOfRange(sec1, 1, 65)));
    } catch (RuntimeException notRecoverable) {
      return Optional.empty();
    }
  }
}
