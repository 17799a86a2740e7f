package io.rampart.stark.air;

import io.rampart.crypto.field.Ext2;
import io.rampart.stark.math.ExtMath;
import io.rampart.stark.math.Ntt;

/**
 * Periodic columns as polynomials: a column of length c (dividing the trace length n) is p(x^(n/c))
 * with p the interpolant of its values on the c-th roots of unity, so at row i it takes value i mod
 * c.
 */
public final class Periodic {
  private Periodic() {}

  /** Coefficients of p for one column. */
  public static long[] coefficients(long[] column) {
    long[] c = column.clone();
    Ntt.inverse(c);
    return c;
  }

  /** Every periodic column of {@code air} at the point {@code x} (extension). */
  public static Ext2[] valuesAt(Air air, Ext2 x) {
    var cols = air.periodicColumns();
    Ext2[] out = new Ext2[cols.size()];
    for (int j = 0; j < out.length; j++) {
      long[] col = cols.get(j);
      Ext2 y = x.pow(air.traceLength() / col.length);
      out[j] = ExtMath.evalBase(coefficients(col), y);
    }
    return out;
  }
}
