package io.rampart.stark.prover;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.math.Ntt;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Splits a composition polynomial C of degree below d·n into the d columns H_j of degree below n
 * with C(x) = Σ x^(j·n)·H_j(x), from C's values on d cosets c_t·⟨ω_n⟩ of the trace domain (c_t =
 * shift·ω_N^t, t < d, as {@link ConstraintEvaluator} lays them out). On coset t, x^n is the
 * constant y_t = c_t^n, so the polynomial of degree below n interpolating C there is P_t = Σ
 * y_t^j·H_j: one inverse transform of length n per coset, then the Vandermonde system in the
 * distinct y_t solved for each coefficient. This needs d·n evaluations of C instead of the whole
 * LDE domain (blowup·n with blowup > d). When C is a polynomial of degree below d·n the columns
 * equal the low-degree split of its coefficients exactly.
 */
final class CompositionSplit {
  private CompositionSplit() {}

  /**
   * The columns' coefficients, d arrays of n, from {@code values} (d·n values, coset t's value at
   * c_t·ω_n^j at index t·n + j) on the cosets of the LDE domain shift·⟨ω_{n·blowup}⟩.
   */
  static long[][] columns(long[] values, int n, int d, int blowup, long shift) {
    long omegaBig = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n * blowup));
    long[] c = new long[d];
    long[] y = new long[d];
    for (int t = 0; t < d; t++) {
      c[t] = Goldilocks.mul(shift, Goldilocks.pow(omegaBig, t));
      y[t] = Goldilocks.pow(c[t], n);
    }
    long[][] p = new long[d][];
    IntStream.range(0, d)
        .parallel()
        .forEach(
            t -> {
              long[] a = Arrays.copyOfRange(values, t * n, (t + 1) * n);
              Ntt.inverseCoset(a, c[t]);
              p[t] = a;
            });
    long[][] inv = vandermondeInverse(y);
    long[][] h = new long[d][n];
    IntStream.range(0, d)
        .parallel()
        .forEach(
            j -> {
              long[] row = inv[j];
              long[] out = h[j];
              long[] col = new long[d];
              for (int i = 0; i < n; i++) {
                for (int t = 0; t < d; t++) {
                  col[t] = p[t][i];
                }
                out[i] = ConstraintEvaluator.dot(row, col, 0, d);
              }
            });
    return h;
  }

  /** The inverse of V with V[t][j] = y_t^j, for distinct y_t, by Gauss-Jordan elimination. */
  static long[][] vandermondeInverse(long[] y) {
    int d = y.length;
    long[][] m = new long[d][2 * d];
    for (int t = 0; t < d; t++) {
      long x = 1;
      for (int j = 0; j < d; j++) {
        m[t][j] = x;
        x = Goldilocks.mul(x, y[t]);
      }
      m[t][d + t] = 1;
    }
    for (int col = 0; col < d; col++) {
      int pivot = col;
      while (m[pivot][col] == 0) {
        pivot++; // a Vandermonde matrix in distinct points is invertible: a pivot exists
      }
      long[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      long s = Goldilocks.inverse(m[col][col]);
      for (int j = 0; j < 2 * d; j++) {
        m[col][j] = Goldilocks.mul(m[col][j], s);
      }
      for (int r = 0; r < d; r++) {
        long f = m[r][col];
        if (r != col && f != 0) {
          for (int j = 0; j < 2 * d; j++) {
            m[r][j] = Goldilocks.sub(m[r][j], Goldilocks.mul(f, m[col][j]));
          }
        }
      }
    }
    long[][] inv = new long[d][];
    for (int t = 0; t < d; t++) {
      inv[t] = Arrays.copyOfRange(m[t], d, 2 * d);
    }
    return inv;
  }
}
