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

  /**
   * @param values f at x·ζ^t for t = 0..k-1
   * @param x the first point of the coset (base field, non-zero)
   */
  public static Ext2 fold(Ext2[] values, long x, Ext2 alpha) {
    int k = values.length;
    long zetaInv = Goldilocks.inverse(Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(k)));
    Ext2 beta = ExtMath.scale(alpha, Goldilocks.inverse(x));
    Ext2 acc = Ext2.ZERO;
    Ext2 betaPow = Ext2.ONE;
    long zetaM = 1; // ζ^(-m)
    for (int m = 0; m < k; m++) {
      Ext2 vm = Ext2.ZERO;
      long w = 1; // ζ^(-tm)
      for (int t = 0; t < k; t++) {
        vm = vm.add(ExtMath.scale(values[t], w));
        w = Goldilocks.mul(w, zetaM);
      }
      acc = acc.add(vm.mul(betaPow));
      betaPow = betaPow.mul(beta);
      zetaM = Goldilocks.mul(zetaM, zetaInv);
    }
    return ExtMath.scale(acc, Goldilocks.inverse(k));
  }
}
