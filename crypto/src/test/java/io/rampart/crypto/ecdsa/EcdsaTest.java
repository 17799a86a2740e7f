package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The facade's policy: low s, reasons for rejection, default backend choice. */
class EcdsaTest {
  private static final Ecdsa ECDSA = Ecdsa.defaultInstance();
  private static final PrivateKey KEY = BitcoinjsVectors.key("01");
  private static final Bytes32 HASH = BitcoinjsVectors.sha256("rampart");

  @Test
  void defaultIsLibsecp256k1WhenItLoads() {
    assertThat(Ecdsa.nativeUnavailableReason()).isEmpty();
    assertThat(ECDSA.backendName()).isEqualTo("libsecp256k1");
  }

  @Test
  void fallsBackToBouncyCastleWhenTheNativeLibraryIsMissing() {
    Secp256k1Backend chosen =
        Ecdsa.choose(new NativeBackend.Loaded.Unavailable("UnsatisfiedLinkError: no lib"));
    assertThat(chosen).isSameAs(BouncyCastleBackend.INSTANCE);
  }

  @Test
  void signVerifyRecoverRoundTrip() {
    Signature sig = ECDSA.sign(HASH, KEY);
    assertThat(ECDSA.verify(HASH, sig, KEY.publicKey())).isTrue();
    assertThat(ECDSA.recover(HASH, sig)).isEqualTo(new RecoveryResult.Recovered(KEY.publicKey()));
    assertThat(ECDSA.recoverAddress(HASH, sig)).contains(KEY.address());
  }

  @Test
  void highSIsRejectedUnderEip2ButAcceptedByEcrecoverSemantics() {
    Signature high = ECDSA.sign(HASH, KEY).negateS();
    assertThat(ECDSA.verify(HASH, high, KEY.publicKey())).isFalse();
    assertThat(ECDSA.recover(HASH, high))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.S_NOT_LOW));
    assertThat(ECDSA.recoverAllowingHighS(HASH, high))
        .isEqualTo(new RecoveryResult.Recovered(KEY.publicKey()));
  }

  @Test
  void malformedSignaturesAreRejectedWithTheirReason() {
    Signature good = ECDSA.sign(HASH, KEY);
    Bytes32 zero = Bytes32.ZERO;
    Bytes32 n = Bytes32.adopt(Curve.toBytes32(Curve.N));

    assertThat(ECDSA.recover(HASH, new Signature(zero, good.s(), 0)))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.R_OUT_OF_RANGE));
    assertThat(ECDSA.recover(HASH, new Signature(n, good.s(), 0)))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.R_OUT_OF_RANGE));
    assertThat(ECDSA.recover(HASH, new Signature(good.r(), zero, 0)))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.S_OUT_OF_RANGE));
    assertThat(ECDSA.recover(HASH, new Signature(good.r(), n, 0)))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.S_OUT_OF_RANGE));
    assertThat(ECDSA.recover(HASH, new Signature(good.r(), good.s(), 2)))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.BAD_RECOVERY_ID));
    Signature offCurve =
        Signature.of(Secp256k1BackendContract.firstXOffTheCurve(), BigInteger.TWO, 0);
    assertThat(ECDSA.recover(HASH, offCurve))
        .isEqualTo(new RecoveryResult.Rejected(SignatureError.NOT_RECOVERABLE));
    assertThat(ECDSA.recoverAddress(HASH, offCurve)).isEmpty();
  }

  @Test
  void sIsExactlyHalfNIsStillLow() {
    Signature atHalf = Signature.of(BigInteger.TWO, Curve.HALF_N, 0);
    Signature above = Signature.of(BigInteger.TWO, Curve.HALF_N.add(BigInteger.ONE), 0);
    assertThat(atHalf.isLowS()).isTrue();
    assertThat(above.isLowS()).isFalse();
    assertThat(atHalf.check(true)).isEmpty();
    assertThat(above.check(true)).contains(SignatureError.S_NOT_LOW);
    assertThat(above.check(false)).isEmpty();
  }
}
