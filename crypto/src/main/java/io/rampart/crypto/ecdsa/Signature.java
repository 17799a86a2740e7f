package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * An ECDSA signature over secp256k1 as carried on the wire: {@code r}, {@code s} (32 bytes each,
 * big-endian) and the recovery id (the parity of R's y coordinate, 0 or 1 for every signature that
 * Ethereum accepts).
 *
 * <p>Any values may be held: a signature taken from untrusted input is only a candidate. {@link
 * #check(boolean)}, {@link Ecdsa#verify} and {@link Ecdsa#recover} reject bad ones as values.
 * Signatures produced by {@link Ecdsa#sign} are always valid and low-s.
 */
public record Signature(Bytes32 r, Bytes32 s, int recoveryId) {

  public Signature {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
  }

  /** From unsigned integers below 2^256; larger or negative values are a programming error. */
  public static Signature of(BigInteger r, BigInteger s, int recoveryId) {
    return new Signature(
        Bytes32.adopt(Curve.toBytes32(r)), Bytes32.adopt(Curve.toBytes32(s)), recoveryId);
  }

  public BigInteger rValue() {
    return Curve.toBigInteger(r);
  }

  public BigInteger sValue() {
    return Curve.toBigInteger(s);
  }

  /** Whether s is at most n/2 (EIP-2). Says nothing about the other checks. */
  public boolean isLowS() {
    return sValue().compareTo(Curve.HALF_N) <= 0;
  }

  /**
   * The first rule this signature breaks, or empty if it is well formed: 1 <= r, s < n, recovery id
   * 0 or 1, and s <= n/2 when {@code requireLowS}. Well formed does not mean it verifies.
   */
  public Optional<SignatureError> check(boolean requireLowS) {
    if (!Curve.isScalar(rValue())) {
      return Optional.of(SignatureError.R_OUT_OF_RANGE);
    }
    BigInteger sv = sValue();
    if (!Curve.isScalar(sv)) {
      return Optional.of(SignatureError.S_OUT_OF_RANGE);
    }
    if (requireLowS && sv.compareTo(Curve.HALF_N) > 0) {
      return Optional.of(SignatureError.S_NOT_LOW);
    }
    if (recoveryId != 0 && recoveryId != 1) {
      return Optional.of(SignatureError.BAD_RECOVERY_ID);
    }
    return Optional.empty();
  }

  /**
   * The equivalent signature with s replaced by n - s and the recovery id flipped, which verifies
   * and recovers exactly like this one. For s outside [1, n-1] the result is meaningless.
   */
  public Signature negateS() {
    BigInteger flipped = Curve.N.subtract(sValue()).mod(Curve.N);
    return new Signature(r, Bytes32.adopt(Curve.toBytes32(flipped)), recoveryId ^ 1);
  }

  /** r || s, 64 bytes. */
  public byte[] toCompact() {
    byte[] out = new byte[64];
    r.copyTo(out, 0);
    s.copyTo(out, 32);
    return out;
  }
}
