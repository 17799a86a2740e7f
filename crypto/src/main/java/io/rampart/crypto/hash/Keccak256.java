package io.rampart.crypto.hash;

import io.rampart.crypto.Bytes32;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as Ethereum uses it (original Keccak padding, not FIPS-202 SHA3-256). */
public final class Keccak256 implements Hasher {
  public static final Keccak256 INSTANCE = new Keccak256();

  private static final ThreadLocal<KeccakDigest> DIGEST =
      ThreadLocal.withInitial(() -> new KeccakDigest(256));

  private Keccak256() {}

  /** Keccak-256 of {@code data}. */
  public static Bytes32 digest(byte[] data) {
    return INSTANCE.hash(data, 0, data.length);
  }

  @Override
  public String name() {
    return "keccak256";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    KeccakDigest d = DIGEST.get();
    d.update(data, off, len);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return Bytes32.adopt(out);
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    KeccakDigest d = DIGEST.get();
    d.update(in, inOff, 64);
    d.doFinal(out, outOff);
  }
}
