package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** BouncyCastle and libsecp256k1 agree bit for bit, and on every accept/reject decision. */
class BackendAgreementPropertyTest {
  private static final Secp256k1Backend BC = BouncyCastleBackend.INSTANCE;
  private static final Secp256k1Backend NATIVE = Backends.nativeBackend();

  @Provide
  Arbitrary<PrivateKey> keys() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofSize(32)
        .map(PrivateKey::fromBytes)
        .filter(java.util.Optional::isPresent)
        .map(java.util.Optional::get);
  }

  @Provide
  Arbitrary<Bytes32> hashes() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(Bytes32::wrap);
  }

  @Property(tries = 200)
  void sameKeysAndSignatures(@ForAll("keys") PrivateKey key, @ForAll("hashes") Bytes32 hash) {
    PublicKey pub = BC.derivePublicKey(key);
    assertThat(NATIVE.derivePublicKey(key)).isEqualTo(pub);

    Signature sig = BC.sign(hash, key);
    assertThat(NATIVE.sign(hash, key)).isEqualTo(sig);
    assertThat(sig.isLowS()).isTrue();
    assertThat(BC.verify(hash, sig, pub)).isTrue();
    assertThat(NATIVE.verify(hash, sig, pub)).isTrue();
    assertThat(BC.recover(hash, sig)).contains(pub);
    assertThat(NATIVE.recover(hash, sig)).contains(pub);
  }

  @Property(tries = 200)
  void sameDecisionsOnTamperedSignatures(
      @ForAll("keys") PrivateKey key,
      @ForAll("hashes") Bytes32 hash,
      @ForAll @IntRange(min = 0, max = 511) int bit,
      @ForAll @IntRange(min = -1, max = 4) int recId) {
    PublicKey pub = BC.derivePublicKey(key);
    Signature good = BC.sign(hash, key);
    Signature bad =
        Secp256k1BackendContract.fromCompact(
            Secp256k1BackendContract.flip(good.toCompact(), bit), recId);

    assertThat(NATIVE.verify(hash, bad, pub)).isEqualTo(BC.verify(hash, bad, pub)).isFalse();
    assertThat(NATIVE.recover(hash, bad)).isEqualTo(BC.recover(hash, bad));
  }

  @Property(tries = 300)
  void sameDecisionsOnArbitraryBytes(
      @ForAll("hashes") Bytes32 r,
      @ForAll("hashes") Bytes32 s,
      @ForAll("hashes") Bytes32 hash,
      @ForAll @IntRange(min = 0, max = 1) int recId) {
    Signature sig = new Signature(r, s, recId);
    var bc = BC.recover(hash, sig);
    assertThat(NATIVE.recover(hash, sig)).isEqualTo(bc);
    bc.ifPresent(
        pub -> assertThat(NATIVE.verify(hash, sig, pub)).isEqualTo(BC.verify(hash, sig, pub)));
  }
}
