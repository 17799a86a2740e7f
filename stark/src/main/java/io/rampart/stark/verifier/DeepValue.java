package io.rampart.stark.verifier;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;

/**
 * The DEEP composition polynomial at points of the LDE domain, for one proof:
 *
 * <pre>
 * Σ_i γ_i (T_i(x) - T_i(z))/(x - z) + Σ_i γ'_i (T_i(x) - T_i(zg))/(x - zg)
 *   + Σ_j δ_j (H_j(x) - H_j(z))/(x - z)
 * </pre>
 *
 * with coefficients ordered γ, γ', δ. The out-of-domain sums Σ γ_i T_i(z) + Σ δ_j H_j(z) and Σ γ'_i
 * T_i(zg) are computed once; each point then costs four base-field products per trace column.
 * Immutable.
 */
public final class DeepValue {
  private final Ext2 z;
  private final Ext2 zg;
  private final long[] g0;
  private final long[] g1;
  private final Ext2[] compCoeffs;
  private final Ext2 k1;
  private final Ext2 k2;

  public DeepValue(Ext2 z, Ext2 zg, Ext2[] oodTrace, Ext2[] oodComp, Ext2[] coeffs) {
    int w = oodTrace.length / 2;
    this.z = z;
    this.zg = zg;
    this.g0 = new long[2 * w];
    this.g1 = new long[2 * w];
    Ext2 a = Ext2.ZERO;
    Ext2 b = Ext2.ZERO;
    for (int i = 0; i < w; i++) {
      g0[i] = coeffs[i].c0();
      g1[i] = coeffs[i].c1();
      g0[w + i] = coeffs[w + i].c0();
      g1[w + i] = coeffs[w + i].c1();
      a = a.add(coeffs[i].mul(oodTrace[i]));
      b = b.add(coeffs[w + i].mul(oodTrace[w + i]));
    }
    this.compCoeffs = new Ext2[oodComp.length];
    for (int j = 0; j < oodComp.length; j++) {
      compCoeffs[j] = coeffs[2 * w + j];
      a = a.add(compCoeffs[j].mul(oodComp[j]));
    }
    this.k1 = a;
    this.k2 = b;
  }

  /**
   * The value at {@code x} from the opened rows there.
   *
   * @param compRow composition row: (c0, c1) per column
   */
  public Ext2 at(long x, long[] traceRow, long[] compRow) {
    int w = traceRow.length;
    long a0 = 0;
    long a1 = 0;
    long b0 = 0;
    long b1 = 0;
    for (int i = 0; i < w; i++) {
      long t = traceRow[i];
      a0 = Goldilocks.add(a0, Goldilocks.mul(g0[i], t));
      a1 = Goldilocks.add(a1, Goldilocks.mul(g1[i], t));
      b0 = Goldilocks.add(b0, Goldilocks.mul(g0[w + i], t));
      b1 = Goldilocks.add(b1, Goldilocks.mul(g1[w + i], t));
    }
    Ext2 a = new Ext2(a0, a1);
    for (int j = 0; j < compCoeffs.length; j++) {
      a = a.add(compCoeffs[j].mul(new Ext2(compRow[2 * j], compRow[2 * j + 1])));
    }
    Ext2 xe = Ext2.fromBase(x);
    return a.sub(k1)
        .mul(xe.sub(z).inverse())
        .add(new Ext2(b0, b1).sub(k2).mul(xe.sub(zg).inverse()));
  }
}
