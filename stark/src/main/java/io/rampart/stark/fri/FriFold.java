package io.rampart.stark.fri;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.math.ExtMath;

/**
 * One FRI folding step on a coset of k points x·ζ^t (ζ a primitive k-th root of unity): with f(X) =
 * Σ_m X^m f_m(X^k), returns Σ_m α^m f_m(x^k) = (1/k) Σ_m (α/x)^m Σ_t v_t ζ^(-tm).
 */
public final class FriFold {
  private FriFold() {}

  private static final long[][] ZETA_INV_POWERS = new long[9][];
  private static final long[] K_INV = new long[9];

  static {
    for (int k : new int[] {2, 4, 8}) {
      long zetaInv = Goldilocks.inverse(Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(k)));
      long[] p = new long[k];
      p[0] = 1;
      for (int i = 1; i < k; i++) {
        p[i] = Goldilocks.mul(p[i - 1], zetaInv);
      }
      ZETA_INV_POWERS[k] = p;
      K_INV[k] = Goldilocks.inverse(k);
    }
  }

  /**
   * @param values f at x·ζ^t for t = 0..k-1, k in {2, 4, 8}
   * @param x the first point of the coset (base field, non-zero)
   */
  public static Ext2 fold(Ext2[] values, long x, Ext2 alpha) {
    return foldWithInverse(values, Goldilocks.inverse(x), alpha);
  }

  /** {@link #fold} given 1/x. */
  public static Ext2 foldWithInverse(Ext2[] values, long xInv, Ext2 alpha) {
    int k = values.length;
    long[] zp = ZETA_INV_POWERS[k];
    Ext2 beta = ExtMath.scale(alpha, xInv);
    Ext2 acc = Ext2.ZERO;
    Ext2 betaPow = Ext2.ONE;
    for (int m = 0; m < k; m++) {
      long c0 = 0;
      long c1 = 0;
      for (int t = 0; t < k; t++) {
        long w = zp[(t * m) & (k - 1)];
        c0 = Goldilocks.add(c0, Goldilocks.mul(values[t].c0(), w));
        c1 = Goldilocks.add(c1, Goldilocks.mul(values[t].c1(), w));
      }
      acc = acc.add(new Ext2(c0, c1).mul(betaPow));
      betaPow = betaPow.mul(beta);
    }
    return ExtMath.scale(acc, K_INV[k]);
  }
}
