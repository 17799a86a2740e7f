package io.rampart.stark.math;

import io.rampart.crypto.field.Goldilocks;

/**
 * Radix-2 number-theoretic transforms over Goldilocks on {@code long[]} of power-of-two length, in
 * natural order, in place. {@link #forward} maps coefficients c to evaluations at ω^i for the
 * primitive root ω of that length; {@link #inverse} undoes it. Coset forms evaluate at shift·ω^i.
 * Stateless and thread-safe; single-threaded (callers parallelise across columns).
 */
public final class Ntt {
  private Ntt() {}

  /** Coefficients to evaluations at ω^i, i in [0, n). */
  public static void forward(long[] a) {
    int n = a.length;
    int log = log2(n);
    bitReverse(a, log);
    long[] tw = twiddles(log, false);
    butterflies(a, tw);
  }

  /** Evaluations at ω^i to coefficients. */
  public static void inverse(long[] a) {
    int n = a.length;
    int log = log2(n);
    bitReverse(a, log);
    long[] tw = twiddles(log, true);
    butterflies(a, tw);
    long nInv = Goldilocks.inverse(n);
    for (int i = 0; i < n; i++) {
      a[i] = Goldilocks.mul(a[i], nInv);
    }
  }

  /** Coefficients to evaluations at shift·ω^i. */
  public static void forwardCoset(long[] a, long shift) {
    scaleByPowers(a, shift);
    forward(a);
  }

  /** Evaluations at shift·ω^i to coefficients. */
  public static void inverseCoset(long[] a, long shift) {
    inverse(a);
    scaleByPowers(a, Goldilocks.inverse(shift));
  }

  /**
   * Evaluations of the polynomial with coefficients {@code coeffs} (length n) on the coset
   * shift·⟨ω_{n·blowup}⟩, as a new array of length n·blowup.
   */
  public static long[] lde(long[] coeffs, int blowup, long shift) {
    long[] out = new long[coeffs.length * blowup];
    System.arraycopy(coeffs, 0, out, 0, coeffs.length);
    forwardCoset(out, shift);
    return out;
  }

  /** a[i] *= s^i. */
  public static void scaleByPowers(long[] a, long s) {
    long p = 1;
    for (int i = 0; i < a.length; i++) {
      a[i] = Goldilocks.mul(a[i], p);
      p = Goldilocks.mul(p, s);
    }
  }

  public static int log2(int n) {
    if (n <= 0 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("length must be a power of two, got " + n);
    }
    return Integer.numberOfTrailingZeros(n);
  }

  private static long[] twiddles(int log, boolean inv) {
    int half = Math.max(1, (1 << log) >>> 1);
    long w = Goldilocks.rootOfUnity(log);
    if (inv) {
      w = Goldilocks.inverse(w);
    }
    long[] tw = new long[half];
    long x = 1;
    for (int i = 0; i < half; i++) {
      tw[i] = x;
      x = Goldilocks.mul(x, w);
    }
    return tw;
  }

  private static void butterflies(long[] a, long[] tw) {
    int n = a.length;
    for (int len = 2; len <= n; len <<= 1) {
      int halfLen = len >>> 1;
      int step = n / len;
      for (int start = 0; start < n; start += len) {
        for (int j = 0; j < halfLen; j++) {
          long u = a[start + j];
          long v = Goldilocks.mul(a[start + j + halfLen], tw[j * step]);
          a[start + j] = Goldilocks.add(u, v);
          a[start + j + halfLen] = Goldilocks.sub(u, v);
        }
      }
    }
  }

  private static void bitReverse(long[] a, int log) {
    int n = a.length;
    if (n <= 2) {
      return;
    }
    int shift = 32 - log;
    for (int i = 0; i < n; i++) {
      int j = Integer.reverse(i) >>> shift;
      if (i < j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
  }
}
