package io.rampart.stark.fri;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.math.ExtMath;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class FriFoldTest {
  /** fold(f at x·ζ^t) = Σ_m α^m f_m(x^k) with f_m read off the coefficients directly. */
  @Property(tries = 30)
  void foldMatchesTheCoefficientSplit(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int k : new int[] {2, 4, 8}) {
      Ext2[] f = new Ext2[4 * k];
      for (int i = 0; i < f.length; i++) {
        f[i] = new Ext2(Goldilocks.reduce(r.nextLong()), Goldilocks.reduce(r.nextLong()));
      }
      Ext2 alpha = new Ext2(Goldilocks.reduce(r.nextLong()), Goldilocks.reduce(r.nextLong()));
      long x = Goldilocks.reduce(r.nextLong()) | 1;
      long zeta = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(k));
      Ext2[] vals = new Ext2[k];
      for (int t = 0; t < k; t++) {
        vals[t] = ExtMath.eval(f, Ext2.fromBase(Goldilocks.mul(x, Goldilocks.pow(zeta, t))));
      }
      Ext2 expected = Ext2.ZERO;
      Ext2 y = Ext2.fromBase(Goldilocks.pow(x, k));
      for (int m = 0; m < k; m++) {
        Ext2[] fm = new Ext2[4];
        for (int i = 0; i < 4; i++) {
          fm[i] = f[i * k + m];
        }
        expected = expected.add(alpha.pow(m).mul(ExtMath.eval(fm, y)));
      }
      assertThat(FriFold.fold(vals, x, alpha)).isEqualTo(expected);
    }
  }
}
