package io.rampart.crypto.ecdsa;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secp256k1 public key: a point on the curve other than infinity. Always valid once built. Held
 * as 64 bytes x || y (big-endian); also encodes to the SEC 1 uncompressed (65 bytes, 0x04 prefix)
 * and compressed (33 bytes, 0x02/0x03 prefix) forms. Immutable and thread-safe.
 */
public final class PublicKey {
  private final byte[] xy;
  private volatile byte[] uncompressed;
  private volatile ECPoint point;
  private volatile Address address;

  private PublicKey(byte[] xy) {
    this.xy = xy;
  }

  /** Wraps 64 bytes x || y of a point the caller already knows to be on the curve. */
  static PublicKey ofTrustedXy(byte[] xy) {
    if (xy.length != 64) {
      throw new IllegalArgumentException("expected 64 bytes, got " + xy.length);
    }
    return new PublicKey(xy);
  }

  static PublicKey ofPoint(ECPoint p) {
    ECPoint n = p.normalize();
    byte[] out = new byte[64];
    byte[] x = n.getAffineXCoord().getEncoded();
    byte[] y = n.getAffineYCoord().getEncoded();
    System.arraycopy(x, 0, out, 0, 32);
    System.arraycopy(y, 0, out, 32, 32);
    PublicKey pk = new PublicKey(out);
    pk.point = n;
    return pk;
  }

  /**
   * Parses 64 bytes x || y, 65 bytes {@code 04 || x || y} or 33 bytes {@code 02|03 || x}. Empty if
   * the length or prefix is wrong, a coordinate is not below p, or the point is not on the curve.
   */
  public static Optional<PublicKey> parse(byte[] encoded) {
    if (encoded == null) {
      return Optional.empty();
    }
    byte[] sec1;
    switch (encoded.length) {
      case 64 -> {
        sec1 = new byte[65];
        sec1[0] = 0x04;
        System.arraycopy(encoded, 0, sec1, 1, 64);
      }
      case 65 -> {
        if (encoded[0] != 0x04) {
          return Optional.empty();
        }
        sec1 = encoded;
      }
      case 33 -> {
        if (encoded[0] != 0x02 && encoded[0] != 0x03) {
          return Optional.empty();
        }
        sec1 = encoded;
      }
      default -> {
        return Optional.empty();
      }
    }
    try {
      ECPoint p = Curve.CURVE.decodePoint(sec1);
      if (p.isInfinity() || !p.isValid()) {
        return Optional.empty();
      }
      return Optional.of(ofPoint(p));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** x || y, 64 bytes. */
  public byte[] toBytes() {
    return xy.clone();
  }

  /** {@code 04 || x || y}, 65 bytes. */
  public byte[] toUncompressed() {
    return uncompressedUnsafe().clone();
  }

  /** {@code 02|03 || x}, 33 bytes; the prefix is 0x03 when y is odd. */
  public byte[] toCompressed() {
    byte[] out = new byte[33];
    out[0] = (byte) ((xy[63] & 1) == 0 ? 0x02 : 0x03);
    System.arraycopy(xy, 0, out, 1, 32);
    return out;
  }

  /** Shared 65-byte form for backends; callers must not modify it. */
  byte[] uncompressedUnsafe() {
    byte[] u = uncompressed;
    if (u == null) {
      u = new byte[65];
      u[0] = 0x04;
      System.arraycopy(xy, 0, u, 1, 64);
      uncompressed = u;
    }
    return u;
  }

  /** Shared 64-byte form for hashing; callers must not modify it. */
  byte[] xyUnsafe() {
    return xy;
  }

  ECPoint point() {
    ECPoint p = point;
    if (p == null) {
      p = Curve.CURVE.decodePoint(uncompressedUnsafe());
      point = p;
    }
    return p;
  }

  /** The Ethereum address: the last 20 bytes of Keccak-256(x || y). */
  public Address address() {
    Address a = address;
    if (a == null) {
      a = Address.of(this);
      address = a;
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey other && Arrays.equals(xy, other.xy);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xy);
  }

  /** Hex of the compressed form. */
  @Override
  public String toString() {
    return "0x" + HexFormat.of().formatHex(toCompressed());
  }
}
