package io.rampart.stark.verifier;

import io.rampart.crypto.field.Ext2;

/** The DEEP composition polynomial at one point of the LDE domain. */
public final class DeepValue {
  private DeepValue() {}

  /**
   * Σ_i γ_i (T_i(x) - T_i(z))/(x - z) + Σ_i γ'_i (T_i(x) - T_i(zg))/(x - zg) + Σ_j δ_j (H_j(x) -
   * H_j(z))/(x - z), coefficients ordered γ, γ', δ.
   *
   * @param compRow composition row: (c0, c1) per column
   */
  public static Ext2 at(
      long x,
      Ext2 z,
      Ext2 zg,
      long[] traceRow,
      long[] compRow,
      Ext2[] oodTrace,
      Ext2[] oodComp,
      Ext2[] coeffs) {
    int w = traceRow.length;
    Ext2 xe = Ext2.fromBase(x);
    Ext2 a = Ext2.ZERO;
    Ext2 b = Ext2.ZERO;
    for (int i = 0; i < w; i++) {
      Ext2 t = Ext2.fromBase(traceRow[i]);
      a = a.add(coeffs[i].mul(t.sub(oodTrace[i])));
      b = b.add(coeffs[w + i].mul(t.sub(oodTrace[w + i])));
    }
    for (int j = 0; j < oodComp.length; j++) {
      Ext2 hx = new Ext2(compRow[2 * j], compRow[2 * j + 1]);
      a = a.add(coeffs[2 * w + j].mul(hx.sub(oodComp[j])));
    }
    return a.mul(xe.sub(z).inverse()).add(b.mul(xe.sub(zg).inverse()));
  }
}
