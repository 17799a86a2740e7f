package io.rampart.crypto.hash;

import io.rampart.crypto.Bytes32;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 (FIPS 180-4) through the JDK, which uses the CPU's SHA extensions where present. */
public final class Sha256 implements Hasher {
  public static final Sha256 INSTANCE = new Sha256();

  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every JDK must provide SHA-256", e);
            }
          });

  private Sha256() {}

  /** SHA-256 of {@code data}. */
  public static Bytes32 digest(byte[] data) {
    return INSTANCE.hash(data, 0, data.length);
  }

  @Override
  public String name() {
    return "sha256";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    MessageDigest d = DIGEST.get();
    d.update(data, off, len);
    return Bytes32.adopt(d.digest());
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    MessageDigest d = DIGEST.get();
    d.update(in, inOff, 64);
    try {
      d.digest(out, outOff, 32);
    } catch (DigestException e) {
      throw new IllegalArgumentException("output buffer too small", e);
    }
  }
}
