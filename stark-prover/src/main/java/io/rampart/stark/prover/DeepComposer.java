package io.rampart.stark.prover;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.math.Ntt;
import java.util.stream.IntStream;

/**
 * The DEEP composition polynomial on the LDE domain (the formula of {@link
 * io.rampart.stark.verifier.DeepValue}), as c0 and c1 arrays. It is built on coefficients, where
 * the columns have n entries instead of n·blowup: A = Σ γ_i T_i + Σ δ_j H_j and B = Σ γ'_i T_i are
 * combined, divided exactly by (x - z) and (x - zg) (synthetic division; the remainders are A(z)
 * and B(zg), the out-of-domain sums), and the quotients' sum, of degree below n, is extended to the
 * LDE domain. On an honest proof this equals the verifier's pointwise formula.
 */
final class DeepComposer {
  private DeepComposer() {}

  /**
   * @param trace trace column coefficients (n each)
   * @param comp composition column coefficients: (c0, c1) per column, n each
   */
  static long[][] compose(
      long[][] trace, long[][] comp, Ext2 z, Ext2 zg, Ext2[] coeffs, int blowup, long shift) {
    int n = trace[0].length;
    int w = trace.length;
    int cols = comp.length / 2;
    long[] g0 = new long[coeffs.length];
    long[] g1 = new long[coeffs.length];
    for (int i = 0; i < coeffs.length; i++) {
      g0[i] = coeffs[i].c0();
      g1[i] = coeffs[i].c1();
    }
    long[] a0 = new long[n];
    long[] a1 = new long[n];
    long[] b0 = new long[n];
    long[] b1 = new long[n];
    int chunk = 512;
    IntStream.range(0, (n + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              int start = c * chunk;
              int end = Math.min(n, start + chunk);
              for (int i = 0; i < w; i++) {
                long[] t = trace[i];
                long ga0 = g0[i];
                long ga1 = g1[i];
                long gb0 = g0[w + i];
                long gb1 = g1[w + i];
                for (int k = start; k < end; k++) {
                  long v = t[k];
                  a0[k] = Goldilocks.add(a0[k], Goldilocks.mul(ga0, v));
                  a1[k] = Goldilocks.add(a1[k], Goldilocks.mul(ga1, v));
                  b0[k] = Goldilocks.add(b0[k], Goldilocks.mul(gb0, v));
                  b1[k] = Goldilocks.add(b1[k], Goldilocks.mul(gb1, v));
                }
              }
              for (int j = 0; j < cols; j++) {
                long[] h0 = comp[2 * j];
                long[] h1 = comp[2 * j + 1];
                long d0 = g0[2 * w + j];
                long d1 = g1[2 * w + j];
                for (int k = start; k < end; k++) {
                  a0[k] = Goldilocks.add(a0[k], mul0(d0, d1, h0[k], h1[k]));
                  a1[k] = Goldilocks.add(a1[k], mul1(d0, d1, h0[k], h1[k]));
                }
              }
            });
    divideByLinear(a0, a1, z);
    divideByLinear(b0, b1, zg);
    for (int k = 0; k < n; k++) {
      a0[k] = Goldilocks.add(a0[k], b0[k]);
      a1[k] = Goldilocks.add(a1[k], b1[k]);
    }
    long[][] out = new long[2][];
    IntStream.range(0, 2)
        .parallel()
        .forEach(p -> out[p] = Ntt.lde(p == 0 ? a0 : a1, blowup, shift));
    return out;
  }

  /**
   * Replaces the coefficients of p (Ext2, as c0 and c1 arrays) by those of (p(x) - p(r))/(x - r);
   * the top coefficient becomes zero.
   */
  static void divideByLinear(long[] c0, long[] c1, Ext2 r) {
    long r0 = r.c0();
    long r1 = r.c1();
    // q_{k-1} = a_k + r·q_k with q_{n-1} = 0; index k receives q_k once a_k has been read.
    long q0 = 0;
    long q1 = 0;
    for (int k = c0.length - 1; k >= 1; k--) {
      long t0 = Goldilocks.add(c0[k], mul0(r0, r1, q0, q1));
      long t1 = Goldilocks.add(c1[k], mul1(r0, r1, q0, q1));
      c0[k] = q0;
      c1[k] = q1;
      q0 = t0;
      q1 = t1;
    }
    c0[0] = q0;
    c1[0] = q1;
  }

  static long mul0(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b0), Goldilocks.mul(Ext2.W, Goldilocks.mul(a1, b1)));
  }

  static long mul1(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b1), Goldilocks.mul(a1, b0));
  }
}
