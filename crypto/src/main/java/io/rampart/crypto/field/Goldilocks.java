package io.rampart.crypto.field;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Arithmetic in the Goldilocks field F_p, p = 2^64 - 2^32 + 1, on primitive {@code long}s.
 *
 * <p>An element is a {@code long} read as an unsigned 64-bit integer. Unless a method says
 * otherwise, arguments must be canonical (in [0, p)) and results are canonical. {@link #mul} and
 * {@link #square} accept any 64-bit pattern (they reduce a full 128-bit product), which lazy code
 * such as Poseidon2 relies on. All methods are pure and safe to call from any thread.
 *
 * <p>Reduction uses 2^64 = 2^32 - 1 (mod p) and 2^96 = -1 (mod p) on the 32-bit columns of a
 * 128-bit product, arranged so that its only data-dependent branch is taken with probability about
 * 2^-31 ({@link #reduce128Lazy}). Branches that are rarely taken are predicted well whatever code
 * the JIT picks; additions and subtractions, whose outcome is a coin toss, are written as
 * conditional expressions, which the JIT turns into conditional moves.
 */
public final class Goldilocks {
  /** The modulus 2^64 - 2^32 + 1, as a (negative) signed {@code long}. */
  public static final long P = 0xFFFF_FFFF_0000_0001L;

  /** 2^64 mod p = 2^32 - 1; also the mask of the low 32 bits. */
  static final long EPSILON = 0xFFFF_FFFFL;

  /** p - 1 = 2^32 · 3 · 5 · 17 · 257 · 65537, so F_p* has a subgroup of order 2^32. */
  public static final int TWO_ADICITY = 32;

  /** A generator of the multiplicative group F_p* (Plonky2 uses the same). */
  public static final long GENERATOR = 7;

  /** Size of the canonical encoding: 8 bytes, little-endian. */
  public static final int BYTES = 8;

  private static final VarHandle LE_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** ROOTS[k] generates the subgroup of order 2^k. */
  private static final long[] ROOTS = new long[TWO_ADICITY + 1];

  static {
    // 7^((p-1)/2^32) has order exactly 2^32; squaring halves the order.
    long w = pow(GENERATOR, (P - 1) >>> TWO_ADICITY);
    for (int k = TWO_ADICITY; k >= 0; k--) {
      ROOTS[k] = w;
      w = square(w);
    }
  }

  private Goldilocks() {}

  /** Whether {@code x}, read as unsigned, is below p. */
  public static boolean isCanonical(long x) {
    return Long.compareUnsigned(x, P) < 0;
  }

  /** Reduces an arbitrary unsigned 64-bit value modulo p. */
  public static long reduce(long x) {
    return Long.compareUnsigned(x, P) >= 0 ? x - P : x;
  }

  /** Reduces the unsigned 128-bit value {@code hi·2^64 + lo} modulo p; the result is canonical. */
  public static long reduce128(long hi, long lo) {
    return reduce(reduce128Lazy(hi, lo));
  }

  /**
   * Like {@link #reduce128} but may return a value in [p, 2^64): congruent to the input, and a
   * valid argument for {@link #mul}. Saves one comparison in chains of multiplications.
   */
  public static long reduce128Lazy(long hi, long lo) {
    // With lo = lh·2^32 + ll and hi = hh·2^32 + hl, 2^64 = 2^32 - 1 and 2^96 = -1 give
    //   x = ll + (lh + hl)·2^32 - (hh + hl).
    // s = lh + hl < 2^33; a = lo + hl·2^32 mod 2^64 = (s mod 2^32)·2^32 + ll, and the carry lost
    // there, bit 32 of s, is worth 2^64 = EPSILON: it is read from s, not tested. The one
    // correction below is needed with probability about 2^-31 on random inputs, so the branch is
    // predictable and the JIT's choice between branch and cmov does not matter.
    long hl = hi & EPSILON;
    long s = (lo >>> 32) + hl;
    long d = (hi >>> 32) + hl;
    long a = lo + (hi << 32);
    long r = a - d;
    if (Long.compareUnsigned(a, d) < 0) {
      r -= EPSILON; // a - d < 0 wrapped by 2^64 = EPSILON; r >= 2^64 - 2^33 here, no underflow
    }
    // No overflow: if bit 32 of s is set, s mod 2^32 <= 2^32 - 2, so r <= a < 2^64 - 2^32 without
    // the correction, and r + EPSILON = a - d + 2^64 < 2^64 with it.
    return r + (s >>> 32) * EPSILON;
  }

  public static long add(long a, long b) {
    // a + b - p, computed as a - (p - b); if that borrows, the true sum was below p.
    long pb = P - b;
    long r = a - pb;
    return Long.compareUnsigned(a, pb) < 0 ? r + P : r;
  }

  public static long sub(long a, long b) {
    long r = a - b;
    return Long.compareUnsigned(a, b) < 0 ? r + P : r;
  }

  public static long neg(long a) {
    return a == 0 ? 0 : P - a;
  }

  /** Product modulo p; the arguments may be any 64-bit values, the result is canonical. */
  public static long mul(long a, long b) {
    return reduce(reduce128Lazy(Math.unsignedMultiplyHigh(a, b), a * b));
  }

  /**
   * {@link #mul} without the final comparison: congruent to a·b, possibly in [p, 2^64). For chains
   * of products whose end result is reduced by {@link #reduce} or by a canonical operation.
   */
  public static long mulLazy(long a, long b) {
    return reduce128Lazy(Math.unsignedMultiplyHigh(a, b), a * b);
  }

  public static long square(long a) {
    return mul(a, a);
  }

  /** a·2 mod p. */
  public static long twice(long a) {
    return add(a, a);
  }

  /** {@code base} raised to {@code exp}, with {@code exp} read as unsigned; 0^0 = 1. */
  public static long pow(long base, long exp) {
    long result = 1;
    long b = base;
    long e = exp;
    while (e != 0) {
      if ((e & 1) != 0) {
        result = mul(result, b);
      }
      b = mul(b, b);
      e >>>= 1;
    }
    return result;
  }

  /**
   * The inverse a^(p-2) by a fixed addition chain: 64 squarings and 10 multiplications.
   *
   * @throws ArithmeticException if {@code a} is zero
   */
  public static long inverse(long a) {
    if (a == 0) {
      throw new ArithmeticException("zero has no inverse in the Goldilocks field");
    }
    // p - 2 = (2^31 - 1)·2^33 + (2^32 - 1). Write e_k = a^(2^k - 1).
    long e2 = mul(square(a), a);
    long e4 = mul(sqn(e2, 2), e2);
    long e8 = mul(sqn(e4, 4), e4);
    long e16 = mul(sqn(e8, 8), e8);
    long e24 = mul(sqn(e16, 8), e8);
    long e28 = mul(sqn(e24, 4), e4);
    long e30 = mul(sqn(e28, 2), e2);
    long e31 = mul(square(e30), a);
    long e32 = mul(square(e31), a);
    return mul(sqn(e31, 33), e32);
  }

  private static long sqn(long a, int n) {
    long r = a;
    for (int i = 0; i < n; i++) {
      r = mulLazy(r, r);
    }
    return r;
  }

  /**
   * Inverts every element of {@code values} into {@code out} with one field inversion (Montgomery's
   * trick). Zeros have no inverse; they are mapped to zero explicitly and do not disturb the other
   * entries. {@code out} may be {@code values} itself.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public static void batchInverse(long[] values, long[] out) {
    int n = values.length;
    if (out.length != n) {
      throw new IllegalArgumentException(
          "output length " + out.length + " differs from input length " + n);
    }
    // prefix[i] = product of the non-zero values[0..i)
    long[] prefix = new long[n];
    long acc = 1;
    for (int i = 0; i < n; i++) {
      prefix[i] = acc;
      long v = values[i];
      if (v != 0) {
        acc = mul(acc, v);
      }
    }
    long inv = inverse(acc); // acc is a product of non-zero elements, hence non-zero
    for (int i = n - 1; i >= 0; i--) {
      long v = values[i];
      if (v == 0) {
        out[i] = 0;
      } else {
        out[i] = mul(inv, prefix[i]);
        inv = mul(inv, v);
      }
    }
  }

  /** Allocating form of {@link #batchInverse(long[], long[])}. */
  public static long[] batchInverse(long[] values) {
    long[] out = new long[values.length];
    batchInverse(values, out);
    return out;
  }

  /**
   * A primitive 2^k-th root of unity: 7^((p-1)/2^k), which has multiplicative order exactly 2^k.
   * Successive roots square to each other: rootOfUnity(k)^2 = rootOfUnity(k - 1).
   *
   * @throws IllegalArgumentException unless 0 &lt;= k &lt;= 32
   */
  public static long rootOfUnity(int k) {
    if (k < 0 || k > TWO_ADICITY) {
      throw new IllegalArgumentException("k must be in [0, 32], got " + k);
    }
    return ROOTS[k];
  }

  /** Writes the canonical encoding of {@code a} (8 bytes, little-endian) at {@code off}. */
  public static void toBytes(long a, byte[] dst, int off) {
    LE_LONG.set(dst, off, a);
  }

  public static byte[] toBytes(long a) {
    byte[] out = new byte[BYTES];
    toBytes(a, out, 0);
    return out;
  }

  /** Reads 8 little-endian bytes at {@code off} without checking that they are canonical. */
  public static long readRaw(byte[] src, int off) {
    return (long) LE_LONG.get(src, off);
  }

  /**
   * Whether the 8 bytes at {@code off} are a canonical encoding (a little-endian value below p).
   */
  public static boolean isCanonicalEncoding(byte[] src, int off) {
    return isCanonical(readRaw(src, off));
  }

  /**
   * Decodes the canonical encoding at {@code off}.
   *
   * @throws IllegalArgumentException if the 8 bytes encode a value &gt;= p
   */
  public static long fromBytes(byte[] src, int off) {
    long v = readRaw(src, off);
    if (!isCanonical(v)) {
      throw new IllegalArgumentException(
          "non-canonical field element 0x" + Long.toHexString(v) + " at offset " + off);
    }
    return v;
  }

  /** Unsigned decimal form of {@code a}. */
  public static String toString(long a) {
    return Long.toUnsignedString(a);
  }
}
