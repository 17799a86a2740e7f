package io.rampart.crypto.hd;

import io.rampart.crypto.ecdsa.PrivateKey;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BIP-32 extended private key on secp256k1: a 32-byte key and a 32-byte chain code. {@link
 * #master} derives the root from a seed ({@code HMAC-SHA512("Bitcoin seed", seed)}); {@link #child}
 * is CKDpriv: hardened indices ({@code >= 2^31}) hash {@code 0x00 || key}, normal ones the
 * compressed public key. Immutable.
 */
public final class ExtendedKey {
  /** The first hardened index, 2^31. */
  public static final long HARDENED = 0x8000_0000L;

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final BigInteger N = CURVE.getN();
  private static final byte[] MASTER_KEY =
      "Bitcoin seed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final byte[] key;
  private final byte[] chainCode;

  private ExtendedKey(byte[] key, byte[] chainCode) {
    this.key = key;
    this.chainCode = chainCode;
  }

  /** The master key of {@code seed} (16 to 64 bytes by BIP-32; any length is accepted here). */
  public static ExtendedKey master(byte[] seed) {
    byte[] i = hmac(MASTER_KEY, seed);
    BigInteger k = new BigInteger(1, Arrays.copyOf(i, 32));
    if (k.signum() == 0 || k.compareTo(N) >= 0) {
      throw new IllegalArgumentException("seed gives an invalid master key (probability < 2^-127)");
    }
    return new ExtendedKey(Arrays.copyOf(i, 32), Arrays.copyOfRange(i, 32, 64));
  }

  /** Child {@code index} (0 to 2^32 - 1; add {@link #HARDENED} for a hardened child). */
  public ExtendedKey child(long index) {
    if (index < 0 || index > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("child index out of range: " + index);
    }
    byte[] data = new byte[37];
    if (index >= HARDENED) {
      System.arraycopy(key, 0, data, 1, 32);
    } else {
      System.arraycopy(compressedPublicKey(), 0, data, 0, 33);
    }
    data[33] = (byte) (index >>> 24);
    data[34] = (byte) (index >>> 16);
    data[35] = (byte) (index >>> 8);
    data[36] = (byte) index;
    byte[] i = hmac(chainCode, data);
    BigInteger il = new BigInteger(1, Arrays.copyOf(i, 32));
    BigInteger k = il.add(new BigInteger(1, key)).mod(N);
    if (il.compareTo(N) >= 0 || k.signum() == 0) {
      // BIP-32: such an index is skipped; the caller moves to the next one (probability < 2^-127).
      throw new IllegalArgumentException("index " + index + " gives an invalid key; use the next");
    }
    return new ExtendedKey(to32(k), Arrays.copyOfRange(i, 32, 64));
  }

  /** Follows a path such as {@code m/44'/60'/0'/0/3} ({@code '} or {@code h} marks hardened). */
  public ExtendedKey derive(String path) {
    String[] parts = path.split("/");
    if (parts.length == 0 || !parts[0].equals("m")) {
      throw new IllegalArgumentException("path must start with m: " + path);
    }
    ExtendedKey k = this;
    for (int p = 1; p < parts.length; p++) {
      String s = parts[p];
      boolean hardened = s.endsWith("'") || s.endsWith("h") || s.endsWith("H");
      String digits = hardened ? s.substring(0, s.length() - 1) : s;
      if (digits.isEmpty()
          || digits.length() > 10
          || !digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("bad path element '" + s + "' in " + path);
      }
      long n = Long.parseLong(digits);
      if (n >= HARDENED) {
        throw new IllegalArgumentException("path element too large: " + s);
      }
      k = k.child(hardened ? n + HARDENED : n);
    }
    return k;
  }

  public byte[] key() {
    return key.clone();
  }

  public byte[] chainCode() {
    return chainCode.clone();
  }

  public PrivateKey privateKey() {
    return PrivateKey.fromBytes(key).orElseThrow();
  }

  /** SEC1 compressed public key (33 bytes). */
  public byte[] compressedPublicKey() {
    return CURVE.getG().multiply(new BigInteger(1, key)).normalize().getEncoded(true);
  }

  @Override
  public String toString() {
    return "ExtendedKey[chainCode=" + HexFormat.of().formatHex(chainCode) + "]";
  }

  private static byte[] hmac(byte[] k, byte[] data) {
    HMac mac = new HMac(new SHA512Digest());
    mac.init(new KeyParameter(k));
    mac.update(data, 0, data.length);
    byte[] out = new byte[64];
    mac.doFinal(out, 0);
    return out;
  }

  private static byte[] to32(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(b.length, 32);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }
}
