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
    butterflies(a, stageTwiddles(log));
  }

  /**
   * Evaluations at ω^i to coefficients: a forward transform, outputs 1..n-1 reversed, times 1/n.
   */
  public static void inverse(long[] a) {
    int n = a.length;
    forward(a);
    for (int i = 1, j = n - 1; i < j; i++, j--) {
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
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
    // The coset splits into blowup cosets of ⟨ω_n⟩: shift·ω_N^t·ω_n^j is point t + blowup·j. One
    // length-n transform per sub-coset keeps the working set small (cache-resident for n <= 2^17).
    // Each sub-coset scales by a precomputed power table, then a decimation-in-frequency transform
    // leaves its outputs in bit-reversed order, which the scatter into the result undoes.
    int n = coeffs.length;
    int log = log2(n);
    long[] out = new long[n * blowup];
    long[][] powers = cosetPowers(n, blowup, shift);
    long[] tw = stageTwiddles(log);
    long[] buf = new long[n];
    int rshift = 32 - log;
    for (int t = 0; t < blowup; t++) {
      long[] p = powers[t];
      for (int i = 0; i < n; i++) {
        buf[i] = Goldilocks.mul(coeffs[i], p[i]);
      }
      difButterflies(buf, tw);
      if (n == 1) {
        out[t] = buf[0];
        continue;
      }
      // Written in order (reads from the cache-resident buffer jump instead of writes to out).
      for (int r = 0; r < n; r++) {
        out[t + blowup * r] = buf[Integer.reverse(r) >>> rshift];
      }
    }
    return out;
  }

  private record CosetPowers(int n, int blowup, long shift, long[][] powers) {}

  private static volatile CosetPowers cosetPowers = new CosetPowers(0, 0, 0, new long[0][]);

  /** powers[t][i] = (shift·ω_{n·blowup}^t)^i; the last table is kept for the next call. */
  private static long[][] cosetPowers(int n, int blowup, long shift) {
    CosetPowers c = cosetPowers;
    if (c.n() == n && c.blowup() == blowup && c.shift() == shift) {
      return c.powers();
    }
    long omegaBig = Goldilocks.rootOfUnity(log2(n * blowup));
    long[][] powers = new long[blowup][n];
    long s = shift;
    for (int t = 0; t < blowup; t++) {
      long x = 1;
      for (int i = 0; i < n; i++) {
        powers[t][i] = x;
        x = Goldilocks.mul(x, s);
      }
      s = Goldilocks.mul(s, omegaBig);
    }
    cosetPowers = new CosetPowers(n, blowup, shift, powers);
    return powers;
  }

  /**
   * Decimation-in-frequency transform: natural-order coefficients in, evaluations at ω^i out in
   * bit-reversed order (output j holds the value at ω^rev(j)).
   */
  static void difButterflies(long[] a, long[] tw) {
    int n = a.length;
    for (int h = n >>> 1; h >= 2; h >>>= 1) {
      int len = h << 1;
      for (int start = 0; start < n; start += len) {
        long u0 = a[start];
        long v0 = a[start + h];
        a[start] = Goldilocks.add(u0, v0);
        a[start + h] = Goldilocks.sub(u0, v0);
        for (int j = 1; j < h; j++) {
          int i = start + j;
          long u = a[i];
          long v = a[i + h];
          a[i] = Goldilocks.add(u, v);
          a[i + h] = Goldilocks.mul(Goldilocks.sub(u, v), tw[h + j]);
        }
      }
    }
    if (n >= 2) {
      for (int i = 0; i < n; i += 2) {
        long u = a[i];
        long v = a[i + 1];
        a[i] = Goldilocks.add(u, v);
        a[i + 1] = Goldilocks.sub(u, v);
      }
    }
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

  /** TABLE[h + j] = ω_{2h}^j for h a power of two and j < h; grown on demand, never shrunk. */
  private static volatile long[] table = new long[2];

  /** A table covering transforms of length 2^log (the stages use entries below 2^log). */
  private static long[] stageTwiddles(int log) {
    long[] t = table;
    if (t.length >= (1 << log)) {
      return t;
    }
    synchronized (Ntt.class) {
      t = table;
      if (t.length >= (1 << log)) {
        return t;
      }
      long[] grown = new long[1 << log];
      for (int hLog = 0; hLog < log; hLog++) {
        int h = 1 << hLog;
        long w = Goldilocks.rootOfUnity(hLog + 1);
        long x = 1;
        for (int j = 0; j < h; j++) {
          grown[h + j] = x;
          x = Goldilocks.mul(x, w);
        }
      }
      table = grown;
      return grown;
    }
  }

  private static void butterflies(long[] a, long[] tw) {
    int n = a.length;
    for (int h = 1; h < n; h <<= 1) {
      int len = h << 1;
      for (int start = 0; start < n; start += len) {
        long u0 = a[start];
        long v0 = a[start + h];
        a[start] = Goldilocks.add(u0, v0);
        a[start + h] = Goldilocks.sub(u0, v0);
        for (int j = 1; j < h; j++) {
          int i = start + j;
          long u = a[i];
          long v = Goldilocks.mul(a[i + h], tw[h + j]);
          a[i] = Goldilocks.add(u, v);
          a[i + h] = Goldilocks.sub(u, v);
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
