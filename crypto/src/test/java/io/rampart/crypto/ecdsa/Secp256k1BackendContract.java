package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link Secp256k1Backend} meets, run against each implementation. Known answers
 * come from bitcoinjs-lib's fixtures (RFC 6979, SHA-256, low s).
 */
abstract class Secp256k1BackendContract {

  abstract Secp256k1Backend backend();

  static java.util.List<BitcoinjsVectors.Valid> vectors() {
    return BitcoinjsVectors.signing();
  }

  private static final BitcoinjsVectors.Valid FIRST = BitcoinjsVectors.signing().getFirst();

  @ParameterizedTest
  @MethodSource("vectors")
  void signsDeterministicallyWithKnownLowSAnswer(BitcoinjsVectors.Valid v) {
    Signature sig = backend().sign(v.hash(), v.key());

    assertThat(sig.rValue()).isEqualTo(v.r());
    assertThat(sig.sValue()).isEqualTo(v.s());
    assertThat(sig.isLowS()).isTrue();
    assertThat(sig.recoveryId()).isEqualTo(v.i());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifiesAndRecoversKnownSignatures(BitcoinjsVectors.Valid v) {
    PublicKey key = backend().derivePublicKey(v.key());
    Signature sig = Signature.of(v.r(), v.s(), v.i());

    assertThat(backend().verify(v.hash(), sig, key)).isTrue();
    assertThat(backend().recover(v.hash(), sig)).contains(key);
  }

  @Test
  void derivesTheGeneratorFromKeyOne() {
    PublicKey g = backend().derivePublicKey(BitcoinjsVectors.key("01"));
    assertThat(g.toCompressed())
        .isEqualTo(
            java.util.HexFormat.of()
                .parseHex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
  }

  @Test
  void everySingleBitFlipInTheSignatureFailsVerification() {
    BitcoinjsVectors.Valid v = FIRST;
    PublicKey key = backend().derivePublicKey(v.key());
    Signature good = backend().sign(v.hash(), v.key());
    byte[] compact = good.toCompact();
    for (int bit = 0; bit < 512; bit++) {
      Signature bad = fromCompact(flip(compact, bit), good.recoveryId());
      assertThat(backend().verify(v.hash(), bad, key)).as("bit %d", bit).isFalse();
      assertThat(backend().recover(v.hash(), bad)).as("bit %d", bit).isNotEqualTo(Optional.of(key));
    }
  }

  @Test
  void everySingleBitFlipInTheHashFailsVerification() {
    BitcoinjsVectors.Valid v = FIRST;
    PublicKey key = backend().derivePublicKey(v.key());
    Signature good = backend().sign(v.hash(), v.key());
    for (int bit = 0; bit < 256; bit++) {
      Bytes32 other = v.hash().flipBit(bit);
      assertThat(backend().verify(other, good, key)).as("bit %d", bit).isFalse();
      assertThat(backend().recover(other, good).map(PublicKey::address))
          .as("bit %d", bit)
          .isPresent()
          .isNotEqualTo(Optional.of(key.address()));
    }
  }

  @Test
  void flippedRecoveryIdRecoversAnotherKey() {
    BitcoinjsVectors.Valid v = FIRST;
    PublicKey key = backend().derivePublicKey(v.key());
    Signature good = backend().sign(v.hash(), v.key());
    Signature other = new Signature(good.r(), good.s(), good.recoveryId() ^ 1);
    assertThat(backend().recover(v.hash(), other)).isPresent().isNotEqualTo(Optional.of(key));
  }

  @Test
  void wrongKeyFailsVerification() {
    BitcoinjsVectors.Valid v = FIRST;
    Signature good = backend().sign(v.hash(), v.key());
    PublicKey other = backend().derivePublicKey(BitcoinjsVectors.key("02"));
    assertThat(backend().verify(v.hash(), good, other)).isFalse();
  }

  @Test
  void highSIsRejectedByVerifyButRecoversTheSameKeyWithTheOtherParity() {
    BitcoinjsVectors.Valid v = FIRST;
    PublicKey key = backend().derivePublicKey(v.key());
    Signature high = backend().sign(v.hash(), v.key()).negateS();

    assertThat(high.isLowS()).isFalse();
    assertThat(backend().verify(v.hash(), high, key)).isFalse();
    assertThat(backend().recover(v.hash(), high)).contains(key);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 2, 3, 4, 27, 28, 255, Integer.MIN_VALUE})
  void recoveryIdOtherThanZeroOrOneRecoversNothing(int recId) {
    BitcoinjsVectors.Valid v = FIRST;
    Signature good = backend().sign(v.hash(), v.key());
    assertThat(backend().recover(v.hash(), new Signature(good.r(), good.s(), recId))).isEmpty();
  }

  /** bitcoinjs-lib's "invalid.verify" cases that fit in 32 unsigned bytes, plus their mirrors. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141",
        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
      })
  void scalarsOutOfRangeAreRejected(String hex) {
    BitcoinjsVectors.Valid v = FIRST;
    PublicKey key = backend().derivePublicKey(v.key());
    BigInteger bad = new BigInteger(hex, 16);
    BigInteger two = BigInteger.TWO;
    for (Signature sig : new Signature[] {Signature.of(bad, two, 0), Signature.of(two, bad, 0)}) {
      assertThat(backend().verify(v.hash(), sig, key)).as("%s", sig).isFalse();
      assertThat(backend().recover(v.hash(), sig)).as("%s", sig).isEmpty();
      assertThat(backend().recover(v.hash(), new Signature(sig.r(), sig.s(), 1))).isEmpty();
    }
  }

  @Test
  void bitcoinjsWrongSignatureForMessageFooFails() {
    // invalid.verify[0]: key 1, message "foo", a signature made for another message.
    PublicKey key = backend().derivePublicKey(BitcoinjsVectors.key("01"));
    BigInteger[] rs =
        BitcoinjsVectors.parseDer(
            java.util.HexFormat.of()
                .parseHex(
                    "3044022054c4a33c6423d689378f160a7ff8b61330444abb58fb470f96ea16d99d4a2fed0220"
                        + "07082304410efa6b2943111b6a4e0aaa7b7db55a07e9861d1fb3cb1f421044a5"));
    Signature sig = Signature.of(rs[0], rs[1], 0);
    assertThat(backend().verify(BitcoinjsVectors.sha256("foo"), sig, key)).isFalse();
  }

  @Test
  void rWithNoCurvePointRecoversNothing() {
    BigInteger x = firstXOffTheCurve();
    Signature sig = Signature.of(x, BigInteger.TWO, 0);
    assertThat(backend().recover(FIRST.hash(), sig)).isEmpty();
    assertThat(backend().recover(FIRST.hash(), new Signature(sig.r(), sig.s(), 1))).isEmpty();
  }

  /** The smallest x >= 1 for which x^3 + 7 is not a square mod p (so no point has it). */
  static BigInteger firstXOffTheCurve() {
    return IntStream.iterate(1, i -> i + 1)
        .mapToObj(BigInteger::valueOf)
        .filter(x -> !isSquareModP(x.pow(3).add(BigInteger.valueOf(7)).mod(Curve.P)))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isSquareModP(BigInteger a) {
    BigInteger euler = a.modPow(Curve.P.subtract(BigInteger.ONE).shiftRight(1), Curve.P);
    return !euler.equals(Curve.P.subtract(BigInteger.ONE));
  }

  static byte[] flip(byte[] in, int bit) {
    byte[] out = in.clone();
    out[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    return out;
  }

  static Signature fromCompact(byte[] compact, int recId) {
    return new Signature(
        Bytes32.wrap(java.util.Arrays.copyOfRange(compact, 0, 32)),
        Bytes32.wrap(java.util.Arrays.copyOfRange(compact, 32, 64)),
        recId);
  }
}
