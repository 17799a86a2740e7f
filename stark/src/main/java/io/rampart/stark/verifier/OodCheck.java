package io.rampart.stark.verifier;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import io.rampart.stark.air.Periodic;
import java.util.List;

/** The composition polynomial's value at z, computed from the trace's out-of-domain values. */
public final class OodCheck {
  private OodCheck() {}

  /**
   * Σ_i α_i·e_i(z)·(z - g^(n-1))/(z^n - 1) + Σ_k α_k·e_k(z)/(z^n - 1) + Σ_j β_j·(T_c(z) - v_j)/(z -
   * g^r), with the coefficients in that order (transition constraints i, row constraints k, then
   * assertions).
   *
   * @param ood T(z) for every column, then T(z·g)
   */
  public static Ext2 composition(Air air, Ext2 z, Ext2[] ood, Ext2[] coeffs) {
    int w = air.width();
    int n = air.traceLength();
    long g = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n));
    Ext2[] cur = new Ext2[w];
    Ext2[] next = new Ext2[w];
    System.arraycopy(ood, 0, cur, 0, w);
    System.arraycopy(ood, w, next, 0, w);
    Ext2[] periodic = Periodic.valuesAt(air, z);
    Ext2[] e = new Ext2[air.numTransitionConstraints()];
    air.evaluate(cur, next, periodic, e);
    int firstRow = e.length - air.rowConstraints();
    Ext2 sum = Ext2.ZERO;
    for (int i = 0; i < firstRow; i++) {
      sum = sum.add(coeffs[i].mul(e[i]));
    }
    Ext2 rowSum = Ext2.ZERO;
    for (int i = firstRow; i < e.length; i++) {
      rowSum = rowSum.add(coeffs[i].mul(e[i]));
    }
    Ext2 lastRow = Ext2.fromBase(Goldilocks.pow(g, n - 1));
    // Transitions divide by (z^n - 1)/(z - g^(n-1)), row constraints by z^n - 1.
    Ext2 result = sum.mul(z.sub(lastRow)).add(rowSum).mul(z.pow(n).sub(Ext2.ONE).inverse());
    List<Assertion> as = air.assertions();
    for (int j = 0; j < as.size(); j++) {
      Assertion a = as.get(j);
      Ext2 num = cur[a.column()].sub(Ext2.fromBase(a.value()));
      Ext2 den = z.sub(Ext2.fromBase(Goldilocks.pow(g, a.row())));
      result = result.add(coeffs[e.length + j].mul(num).mul(den.inverse()));
    }
    return result;
  }
}
