package io.rampart.stark.prover;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import io.rampart.stark.air.Periodic;
import io.rampart.stark.fri.FriLayout;
import io.rampart.stark.math.Ntt;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Evaluates the composition polynomial on part of the LDE domain: transition constraints combined
 * with their coefficients and divided by (x^n - 1)/(x - g^(n-1)), row constraints divided by x^n -
 * 1, plus assertions (T_c(x) - v)/(x - g^r). The LDE domain is the union of {@code blowup} cosets
 * of the trace domain (point k lies in coset k mod blowup); only the first {@code cosets} of them
 * are evaluated, which is enough to interpolate a composition of degree below cosets·n ({@link
 * CompositionSplit}). Returns c0 and c1 arrays of cosets·n values, coset t's value at point k = t +
 * blowup·j at index t·n + j. Work is split into row chunks on the common pool.
 */
final class ConstraintEvaluator {
  private ConstraintEvaluator() {}

  static long[][] evaluate(Air air, long[][] lde, int blowup, Ext2[] coeffs, int cosets) {
    int n = air.traceLength();
    int size = lde[0].length;
    int w = air.width();
    int numT = air.numTransitionConstraints();
    int firstRow = numT - air.rowConstraints();
    long shift = FriLayout.LDE_SHIFT;
    long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(size));
    long g = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n));
    long gLast = Goldilocks.pow(g, n - 1);

    // Periodic columns on the LDE: p(x^(n/c)) repeats with period c·blowup.
    List<long[]> periodic = air.periodicColumns();
    long[][] perLde = new long[periodic.size()][];
    for (int j = 0; j < perLde.length; j++) {
      long[] col = periodic.get(j);
      long[] coeff = Periodic.coefficients(col);
      perLde[j] = Ntt.lde(coeff, blowup, Goldilocks.pow(shift, n / col.length));
    }
    // 1/(x^n - 1) takes blowup values: x^n = shift^n·ω_blowup^k.
    long[] zInv = new long[blowup];
    long sn = Goldilocks.pow(shift, n);
    long wb = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(blowup));
    long acc = sn;
    for (int k = 0; k < blowup; k++) {
      zInv[k] = Goldilocks.sub(acc, 1);
      acc = Goldilocks.mul(acc, wb);
    }
    Goldilocks.batchInverse(zInv, zInv);

    long[] xs = new long[size];
    long x = shift;
    for (int k = 0; k < size; k++) {
      xs[k] = x;
      x = Goldilocks.mul(x, omega);
    }
    // Assertions grouped by row, with 1/(x - g^r) per row.
    List<Assertion> as = air.assertions();
    TreeMap<Integer, long[]> rowInv = new TreeMap<>();
    for (Assertion a : as) {
      rowInv.computeIfAbsent(
          a.row(),
          r -> {
            long gr = Goldilocks.pow(g, r);
            long[] d = new long[size];
            for (int k = 0; k < size; k++) {
              d[k] = Goldilocks.sub(xs[k], gr);
            }
            Goldilocks.batchInverse(d, d);
            return d;
          });
    }
    int[] rows = rowInv.keySet().stream().mapToInt(Integer::intValue).toArray();
    long[][] invs = new long[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      invs[i] = rowInv.get(rows[i]);
    }
    long[] a0 = new long[numT];
    long[] a1 = new long[numT];
    for (int i = 0; i < numT; i++) {
      a0[i] = coeffs[i].c0();
      a1[i] = coeffs[i].c1();
    }
    // Per assertion row: Σ α_j·(T_cj(x) - v_j) = Σ α_j·T_cj(x) - Σ α_j·v_j, the constant summed
    // once here.
    int[][] slotCols = new int[rows.length][];
    long[][] slotA0 = new long[rows.length][];
    long[][] slotA1 = new long[rows.length][];
    long[] slotK0 = new long[rows.length];
    long[] slotK1 = new long[rows.length];
    for (int s = 0; s < rows.length; s++) {
      int row = rows[s];
      int[] idx = IntStream.range(0, as.size()).filter(j -> as.get(j).row() == row).toArray();
      slotCols[s] = new int[idx.length];
      slotA0[s] = new long[idx.length];
      slotA1[s] = new long[idx.length];
      for (int m = 0; m < idx.length; m++) {
        Assertion a = as.get(idx[m]);
        Ext2 alpha = coeffs[numT + idx[m]];
        slotCols[s][m] = a.column();
        slotA0[s][m] = alpha.c0();
        slotA1[s][m] = alpha.c1();
        slotK0[s] = Goldilocks.add(slotK0[s], Goldilocks.mul(alpha.c0(), a.value()));
        slotK1[s] = Goldilocks.add(slotK1[s], Goldilocks.mul(alpha.c1(), a.value()));
      }
    }

    int maxPerRow = Arrays.stream(slotCols).mapToInt(a -> a.length).max().orElse(0);
    long[] out0 = new long[cosets * n];
    long[] out1 = new long[cosets * n];
    int logBlowup = Integer.numberOfTrailingZeros(blowup);
    int chunk = Math.min(size, 1024);
    // Rows are gathered from the column-major LDE in blocks (LdeMatrix.gather): rows b .. b+B and
    // their next rows, blowup further on in the same coset.
    int block = LdeMatrix.BLOCK;
    IntStream.range(0, size / chunk)
        .parallel()
        .forEach(
            c -> {
              long[][] buf = new long[block + blowup][w];
              long[] per = new long[perLde.length];
              long[] e = new long[numT];
              long[] cells = new long[maxPerRow];
              for (int b = c * chunk; b < (c + 1) * chunk; b += block) {
                int len = Math.min(block, size - b);
                gatherWrapped(lde, b, len + blowup, buf);
                for (int k = b; k < b + len; k++) {
                  if ((k & (blowup - 1)) >= cosets) {
                    continue;
                  }
                  long[] cur = buf[k - b];
                  long[] next = buf[k - b + blowup];
                  for (int j = 0; j < per.length; j++) {
                    per[j] = perLde[j][k % perLde[j].length];
                  }
                  air.evaluate(cur, next, per, e);
                  // Transitions are multiplied by (x - g^(n-1)); row constraints hold on every row.
                  long lastFactor = Goldilocks.sub(xs[k], gLast);
                  long s0 =
                      Goldilocks.add(
                          Goldilocks.mul(dot(a0, e, 0, firstRow), lastFactor),
                          dot(a0, e, firstRow, numT));
                  long s1 =
                      Goldilocks.add(
                          Goldilocks.mul(dot(a1, e, 0, firstRow), lastFactor),
                          dot(a1, e, firstRow, numT));
                  long zi = zInv[k & (blowup - 1)];
                  long t0 = Goldilocks.mul(s0, zi);
                  long t1 = Goldilocks.mul(s1, zi);
                  for (int s = 0; s < rows.length; s++) {
                    int[] cols = slotCols[s];
                    for (int m = 0; m < cols.length; m++) {
                      cells[m] = cur[cols[m]];
                    }
                    long r0 = Goldilocks.sub(dot(slotA0[s], cells, 0, cols.length), slotK0[s]);
                    long r1 = Goldilocks.sub(dot(slotA1[s], cells, 0, cols.length), slotK1[s]);
                    t0 = Goldilocks.add(t0, Goldilocks.mul(r0, invs[s][k]));
                    t1 = Goldilocks.add(t1, Goldilocks.mul(r1, invs[s][k]));
                  }
                  int at = (k & (blowup - 1)) * n + (k >>> logBlowup);
                  out0[at] = t0;
                  out1[at] = t1;
                }
              }
            });
    return new long[][] {out0, out1};
  }

  /** Rows from, from+1, ... (indices modulo the column length) of column-major {@code lde}. */
  private static void gatherWrapped(long[][] lde, int from, int len, long[][] rows) {
    int mask = lde[0].length - 1;
    for (int i = 0; i < lde.length; i++) {
      long[] col = lde[i];
      for (int r = 0; r < len; r++) {
        rows[r][i] = col[(from + r) & mask];
      }
    }
  }

  /** 2^128 mod p = p - 2^32. */
  private static final long TWO_128 = Goldilocks.P - (1L << 32);

  /**
   * Σ a[i]·e[i] for i in [from, to), canonical: the 128-bit products are summed exactly in three
   * words (at most 2^24 terms, so the top word never overflows) and reduced once.
   */
  static long dot(long[] a, long[] e, int from, int to) {
    long lo = 0;
    long hi = 0;
    long top = 0;
    for (int i = from; i < to; i++) {
      long x = a[i];
      long y = e[i];
      long pl = x * y;
      long ph = Math.unsignedMultiplyHigh(x, y); // at most 2^64 - 2: ph + carry does not wrap
      long nlo = lo + pl;
      long nhi = hi + ph + (Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0);
      top += Long.compareUnsigned(nhi, hi) < 0 ? 1 : 0;
      lo = nlo;
      hi = nhi;
    }
    return Goldilocks.add(Goldilocks.reduce128(hi, lo), Goldilocks.mul(top, TWO_128));
  }
}
