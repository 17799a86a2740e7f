package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/** secp256k1 domain parameters (SEC 2, section 2.4.1) and scalar conversions. */
final class Curve {
  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");

  static final ECCurve CURVE = PARAMS.getCurve();
  static final ECPoint G = PARAMS.getG();

  /** Group order n. */
  static final BigInteger N = PARAMS.getN();

  /** floor(n / 2): the largest s that the low-s rule (EIP-2) accepts. */
  static final BigInteger HALF_N = N.shiftRight(1);

  /** Field prime p. */
  static final BigInteger P = CURVE.getField().getCharacteristic();

  private Curve() {}

  /** Whether 1 <= v < n. */
  static boolean isScalar(BigInteger v) {
    return v.signum() > 0 && v.compareTo(N) < 0;
  }

  static BigInteger toBigInteger(Bytes32 v) {
    return new BigInteger(1, v.toArray());
  }

  static BigInteger toBigInteger(byte[] v) {
    return new BigInteger(1, v);
  }

  /** Big-endian 32-byte form of {@code 0 <= v < 2^256}. */
  static byte[] toBytes32(BigInteger v) {
    byte[] raw = v.toByteArray();
    if (raw.length == 32) {
      return raw;
    }
    byte[] out = new byte[32];
    if (raw.length == 33 && raw[0] == 0) {
      System.arraycopy(raw, 1, out, 0, 32);
    } else if (raw.length < 32 && v.signum() >= 0) {
      System.arraycopy(raw, 0, out, 32 - raw.length, raw.length);
    } else {
      throw new IllegalArgumentException("value does not fit in 32 unsigned bytes");
    }
    return out;
  }
}
