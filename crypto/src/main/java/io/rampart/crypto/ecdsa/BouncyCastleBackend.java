package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** Pure-Java secp256k1 on BouncyCastle's specialised curve arithmetic. Always available. */
public final class BouncyCastleBackend implements Secp256k1Backend {
  public static final BouncyCastleBackend INSTANCE = new BouncyCastleBackend();

  private static final FixedPointCombMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();

  private BouncyCastleBackend() {}

  @Override
  public String name() {
    return "bouncycastle";
  }

  @Override
  public PublicKey derivePublicKey(PrivateKey key) {
    return PublicKey.ofPoint(BASE_MULTIPLIER.multiply(Curve.G, key.scalar()));
  }

  /** The first RFC 6979 nonce for this key and hash (section 3.2, HMAC-SHA256). */
  static BigInteger firstNonce(Bytes32 hash, PrivateKey key) {
    HMacDSAKCalculator k = new HMacDSAKCalculator(new SHA256Digest());
    k.init(Curve.N, key.scalar(), hash.toArray());
    return k.nextK();
  }

  @Override
  public Signature sign(Bytes32 hash, PrivateKey key) {
    BigInteger d = key.scalar();
    BigInteger e = Curve.toBigInteger(hash);
    HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(Curve.N, d, hash.toArray());
    while (true) {
      BigInteger k = nonces.nextK();
      ECPoint big = BASE_MULTIPLIER.multiply(Curve.G, k).normalize();
      BigInteger x = big.getAffineXCoord().toBigInteger();
      BigInteger r = x.mod(Curve.N);
      if (r.signum() == 0) {
        continue;
      }
      BigInteger s = k.modInverse(Curve.N).multiply(e.add(d.multiply(r))).mod(Curve.N);
      if (s.signum() == 0) {
        continue;
      }
      int recId = big.getAffineYCoord().testBitZero() ? 1 : 0;
      if (x.compareTo(Curve.N) >= 0) {
        recId |= 2; // x was reduced; probability about 2^-128
      }
      if (s.compareTo(Curve.HALF_N) > 0) {
        s = Curve.N.subtract(s);
        recId ^= 1;
      }
      return Signature.of(r, s, recId);
    }
  }

  @Override
  public boolean verify(Bytes32 hash, Signature sig, PublicKey key) {
    BigInteger r = sig.rValue();
    BigInteger s = sig.sValue();
    if (!Curve.isScalar(r) || !Curve.isScalar(s) || s.compareTo(Curve.HALF_N) > 0) {
      return false;
    }
    BigInteger w = s.modInverse(Curve.N);
    BigInteger u1 = Curve.toBigInteger(hash).multiply(w).mod(Curve.N);
    BigInteger u2 = r.multiply(w).mod(Curve.N);
    ECPoint x = ECAlgorithms.sumOfTwoMultiplies(Curve.G, u1, key.point(), u2).normalize();
    return !x.isInfinity() && x.getAffineXCoord().toBigInteger().mod(Curve.N).equals(r);
  }

  @Override
  public Optional<PublicKey> recover(Bytes32 hash, Signature sig) {
    BigInteger r = sig.rValue();
    BigInteger s = sig.sValue();
    int recId = sig.recoveryId();
    if (!Curve.isScalar(r) || !Curve.isScalar(s) || (recId != 0 && recId != 1)) {
      return Optional.empty();
    }
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (recId == 1 ? 0x03 : 0x02);
    sig.r().copyTo(compressed, 1);
    ECPoint big;
    try {
      big = Curve.CURVE.decodePoint(compressed);
    } catch (IllegalArgumentException notOnCurve) {
      return Optional.empty();
    }
    BigInteger rInv = r.modInverse(Curve.N);
    BigInteger u1 = Curve.N.subtract(Curve.toBigInteger(hash)).multiply(rInv).mod(Curve.N);
    BigInteger u2 = s.multiply(rInv).mod(Curve.N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Curve.G, u1, big, u2);
    if (q.isInfinity()) {
      return Optional.empty();
    }
    return Optional.of(PublicKey.ofPoint(q));
  }
}
