package io.rampart.stark.commit;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import org.bouncycastle.crypto.digests.Blake3Digest;

/** BLAKE3 with a 256-bit output, through BouncyCastle. Thread-safe (one digest per thread). */
public final class Blake3 implements Hasher {
  public static final Blake3 INSTANCE = new Blake3();

  private static final ThreadLocal<Blake3Digest> DIGEST =
      ThreadLocal.withInitial(() -> new Blake3Digest(256));

  private Blake3() {}

  @Override
  public String name() {
    return "blake3";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    Blake3Digest d = DIGEST.get();
    d.update(data, off, len);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return Bytes32.adopt(out);
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    Blake3Digest d = DIGEST.get();
    d.update(in, inOff, 64);
    d.doFinal(out, outOff);
  }
}
