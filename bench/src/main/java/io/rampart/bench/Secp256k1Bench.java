package io.rampart.bench;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.BouncyCastleBackend;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.NativeBackend;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.ecdsa.PublicKey;
import io.rampart.crypto.ecdsa.RecoveryResult;
import io.rampart.crypto.ecdsa.Secp256k1Backend;
import io.rampart.crypto.ecdsa.Signature;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * secp256k1 ECDSA per backend, single thread, operations per second: RFC 6979 sign (low s, with
 * recovery id), verify (low-s rule checked) and public-key recovery, each through {@link Ecdsa} as
 * callers use it. Inputs rotate over 64 distinct (key, hash, signature) triples from a fixed seed.
 * libsecp256k1's sign includes one extra recovery, as the binding does not return the recovery id.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Secp256k1Bench {

  /** The implementation under test. */
  public enum Backend {
    BOUNCYCASTLE,
    LIBSECP256K1;

    Secp256k1Backend create() {
      return switch (this) {
        case BOUNCYCASTLE -> BouncyCastleBackend.INSTANCE;
        case LIBSECP256K1 ->
            switch (NativeBackend.load()) {
              case NativeBackend.Loaded.Available(NativeBackend b) -> b;
              case NativeBackend.Loaded.Unavailable(String reason) ->
                  throw new IllegalStateException("libsecp256k1 unavailable: " + reason);
            };
      };
    }
  }

  private static final int INPUTS = 64;

  @Param public Backend backend;

  private Ecdsa ecdsa;
  private PrivateKey[] keys;
  private PublicKey[] publicKeys;
  private Bytes32[] hashes;
  private Signature[] signatures;
  private int next;

  @Setup
  public void setUp() {
    ecdsa = Ecdsa.using(backend.create());
    SplittableRandom random = new SplittableRandom(20240601);
    keys = new PrivateKey[INPUTS];
    publicKeys = new PublicKey[INPUTS];
    hashes = new Bytes32[INPUTS];
    signatures = new Signature[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      keys[i] = PrivateKey.generate(random);
      publicKeys[i] = ecdsa.publicKey(keys[i]);
      byte[] h = new byte[32];
      random.nextBytes(h);
      hashes[i] = Bytes32.wrap(h);
      signatures[i] = ecdsa.sign(hashes[i], keys[i]);
      keys[i].publicKey(); // cached, as for any long-lived signing key
    }
  }

  private int index() {
    next = (next + 1) & (INPUTS - 1);
    return next;
  }

  @Benchmark
  public Signature sign() {
    int i = index();
    return ecdsa.sign(hashes[i], keys[i]);
  }

  @Benchmark
  public boolean verify() {
    int i = index();
    return ecdsa.verify(hashes[i], signatures[i], publicKeys[i]);
  }

  @Benchmark
  public RecoveryResult recover() {
    int i = index();
    return ecdsa.recover(hashes[i], signatures[i]);
  }
}
