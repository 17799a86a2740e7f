package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A warm memo never changes an answer: every recovery through it equals a fresh recovery by the
 * plain backend, for the signature it remembers and for every one-bit change of it or of the hash.
 */
class RecoveryMemoPropertyTest {
  private static final Secp256k1Backend PLAIN = BouncyCastleBackend.INSTANCE;

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

  private static Bytes32 flip(Bytes32 b, int bit) {
    byte[] a = b.toArray();
    a[bit / 8] ^= (byte) (1 << (bit % 8));
    return Bytes32.wrap(a);
  }

  @Property(tries = 100)
  void aWarmMemoAnswersAsTheBackendDoes(
      @ForAll("keys") PrivateKey key,
      @ForAll("hashes") Bytes32 hash,
      @ForAll @IntRange(min = 0, max = 255) int bit,
      @ForAll @IntRange(min = 0, max = 7) int slotsLog) {
    RecoveryMemo memo = new RecoveryMemo(Backends.nativeBackend(), 1 << slotsLog);
    Signature sig = PLAIN.sign(hash, key);
    PublicKey pub = PLAIN.derivePublicKey(key);

    assertThat(memo.recover(hash, sig)).contains(pub);
    assertThat(memo.remembers(hash, sig)).isTrue();
    assertThat(memo.recover(hash, sig)).contains(pub); // the hit

    Signature badR = new Signature(flip(sig.r(), bit), sig.s(), sig.recoveryId());
    Signature badS = new Signature(sig.r(), flip(sig.s(), bit), sig.recoveryId());
    Signature badV = new Signature(sig.r(), sig.s(), 1 - sig.recoveryId());
    Bytes32 badHash = flip(hash, bit);
    for (int round = 0; round < 2; round++) { // cold, then warm
      assertThat(memo.recover(hash, badR)).isEqualTo(PLAIN.recover(hash, badR));
      assertThat(memo.recover(hash, badS)).isEqualTo(PLAIN.recover(hash, badS));
      assertThat(memo.recover(hash, badV)).isEqualTo(PLAIN.recover(hash, badV));
      assertThat(memo.recover(badHash, sig)).isEqualTo(PLAIN.recover(badHash, sig));
    }
    assertThat(memo.recover(hash, badS)).isNotEqualTo(Optional.of(pub));
    assertThat(memo.recover(badHash, sig)).isNotEqualTo(Optional.of(pub));
  }

  @Property(tries = 30)
  void throughEcdsaATamperedSignatureStillFailsWithTheMemoWarm(
      @ForAll("keys") PrivateKey key,
      @ForAll("hashes") Bytes32 hash,
      @ForAll @IntRange(min = 0, max = 255) int bit) {
    Ecdsa ecdsa = Ecdsa.using(new RecoveryMemo(Backends.nativeBackend(), 1024));
    Signature sig = ecdsa.sign(hash, key);
    Address signer = key.address();
    assertThat(ecdsa.recoverAddress(hash, sig)).contains(signer);
    Signature tampered = new Signature(sig.r(), flip(sig.s(), bit), sig.recoveryId());
    assertThat(ecdsa.recoverAddress(hash, tampered)).isNotEqualTo(Optional.of(signer));
    assertThat(ecdsa.recoverAddress(hash, sig)).contains(signer);
  }

  @Test
  void remembersTheLatestCapacityRecoveriesAndForgetsTheOldestFirst() {
    RecoveryMemo memo = new RecoveryMemo(Backends.nativeBackend(), 3);
    PrivateKey key = PrivateKey.fromBytes(Bytes32.ZERO.flipBit(3).toArray()).orElseThrow();
    java.util.List<Bytes32> hashes = new java.util.ArrayList<>();
    java.util.List<Signature> sigs = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Bytes32 h = Bytes32.ZERO.flipBit(100 + i);
      hashes.add(h);
      sigs.add(PLAIN.sign(h, key));
      assertThat(memo.recover(h, sigs.get(i))).contains(PLAIN.derivePublicKey(key));
      assertThat(memo.size()).isEqualTo(Math.min(i + 1, 3));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(memo.remembers(hashes.get(i), sigs.get(i))).isEqualTo(i >= 2);
    }
  }

  @Test
  void aFailedRecoveryIsNotRemembered() {
    RecoveryMemo memo = new RecoveryMemo(Backends.nativeBackend(), 8);
    Signature zero = new Signature(Bytes32.ZERO, Bytes32.ZERO, 0);
    assertThat(memo.recover(Bytes32.ZERO, zero)).isEmpty();
    assertThat(memo.size()).isZero();
  }

  @Test
  void theCapacityIsPositive() {
    assertThatThrownBy(() -> new RecoveryMemo(PLAIN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RecoveryMemo(PLAIN, 8).capacity()).isEqualTo(8);
  }
}
