package io.rampart.stark.prover;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.fri.FriLayout;
import java.util.stream.IntStream;

/**
 * The DEEP composition polynomial on the LDE domain (the formula of {@link
 * io.rampart.stark.verifier.DeepValue}), as c0 and c1 arrays.
 */
final class DeepComposer {
  private DeepComposer() {}

  static long[][] compose(
      long[][] trace, long[][] comp, Ext2 z, Ext2 zg, Ext2[] ood, Ext2[] oodComp, Ext2[] coeffs) {
    int size = trace[0].length;
    int w = trace.length;
    int cols = comp.length / 2;
    long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(size));
    // Constants: K1 = Σ γ_i T_i(z) + Σ δ_j H_j(z); K2 = Σ γ'_i T_i(zg).
    Ext2 k1 = Ext2.ZERO;
    Ext2 k2 = Ext2.ZERO;
    for (int i = 0; i < w; i++) {
      k1 = k1.add(coeffs[i].mul(ood[i]));
      k2 = k2.add(coeffs[w + i].mul(ood[w + i]));
    }
    for (int j = 0; j < cols; j++) {
      k1 = k1.add(coeffs[2 * w + j].mul(oodComp[j]));
    }
    long[] g0 = new long[coeffs.length];
    long[] g1 = new long[coeffs.length];
    for (int i = 0; i < coeffs.length; i++) {
      g0[i] = coeffs[i].c0();
      g1[i] = coeffs[i].c1();
    }
    final Ext2 fk1 = k1;
    final Ext2 fk2 = k2;
    long[] out0 = new long[size];
    long[] out1 = new long[size];
    int chunk = 1024;
    IntStream.range(0, (size + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              int start = c * chunk;
              int end = Math.min(size, start + chunk);
              int len = end - start;
              // Norms of x - z and x - zg, inverted in one batch.
              long[] norms = new long[2 * len];
              long[] xs = new long[len];
              long x = Goldilocks.mul(FriLayout.LDE_SHIFT, Goldilocks.pow(omega, start));
              for (int t = 0; t < len; t++) {
                xs[t] = x;
                norms[t] = norm(Goldilocks.sub(x, z.c0()), z.c1());
                norms[len + t] = norm(Goldilocks.sub(x, zg.c0()), zg.c1());
                x = Goldilocks.mul(x, omega);
              }
              Goldilocks.batchInverse(norms, norms);
              for (int t = 0; t < len; t++) {
                int k = start + t;
                long a0 = Goldilocks.neg(fk1.c0());
                long a1 = Goldilocks.neg(fk1.c1());
                long b0 = Goldilocks.neg(fk2.c0());
                long b1 = Goldilocks.neg(fk2.c1());
                for (int i = 0; i < w; i++) {
                  long v = trace[i][k];
                  a0 = Goldilocks.add(a0, Goldilocks.mul(g0[i], v));
                  a1 = Goldilocks.add(a1, Goldilocks.mul(g1[i], v));
                  b0 = Goldilocks.add(b0, Goldilocks.mul(g0[w + i], v));
                  b1 = Goldilocks.add(b1, Goldilocks.mul(g1[w + i], v));
                }
                for (int j = 0; j < cols; j++) {
                  long h0 = comp[2 * j][k];
                  long h1 = comp[2 * j + 1][k];
                  long d0 = g0[2 * w + j];
                  long d1 = g1[2 * w + j];
                  a0 = Goldilocks.add(a0, mul0(d0, d1, h0, h1));
                  a1 = Goldilocks.add(a1, mul1(d0, d1, h0, h1));
                }
                // 1/(x - z) = conj(x - z)/norm = (x - z0 + z1·u)·ninv
                long n1 = norms[t];
                long i0 = Goldilocks.mul(Goldilocks.sub(xs[t], z.c0()), n1);
                long i1 = Goldilocks.mul(z.c1(), n1);
                long n2 = norms[len + t];
                long j0 = Goldilocks.mul(Goldilocks.sub(xs[t], zg.c0()), n2);
                long j1 = Goldilocks.mul(zg.c1(), n2);
                out0[k] = Goldilocks.add(mul0(a0, a1, i0, i1), mul0(b0, b1, j0, j1));
                out1[k] = Goldilocks.add(mul1(a0, a1, i0, i1), mul1(b0, b1, j0, j1));
              }
            });
    return new long[][] {out0, out1};
  }

  /** Norm of a0 - a1·u... of (a0 + b·u) with b = -z1: a0^2 - 7·z1^2 (sign of b irrelevant). */
  private static long norm(long a0, long z1) {
    return Goldilocks.sub(Goldilocks.square(a0), Goldilocks.mul(Ext2.W, Goldilocks.square(z1)));
  }

  static long mul0(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b0), Goldilocks.mul(Ext2.W, Goldilocks.mul(a1, b1)));
  }

  static long mul1(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b1), Goldilocks.mul(a1, b0));
  }
}
