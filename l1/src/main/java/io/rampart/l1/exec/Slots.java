package io.rampart.l1.exec;

import io.rampart.crypto.Bytes32;
import java.math.BigInteger;

/** Storage slot arithmetic as Solidity lays structs out (consecutive slots from a base). */
public final class Slots {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

  private Slots() {}

  public static Bytes32 of(long n) {
    return CallContext.word(n);
  }

  /** {@code base + k} modulo 2^256. */
  public static Bytes32 offset(Bytes32 base, long k) {
    BigInteger v = new BigInteger(1, base.toArray()).add(BigInteger.valueOf(k)).mod(MOD);
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return Bytes32.adopt(out);
  }
}
