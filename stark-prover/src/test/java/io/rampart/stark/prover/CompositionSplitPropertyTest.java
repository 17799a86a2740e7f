package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.fri.FriLayout;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The composition split from d of the blowup cosets against the definition: for a random C of
 * degree below d·n, evaluated by Horner on each coset, the columns are C's coefficients in chunks
 * of n.
 */
class CompositionSplitPropertyTest {

  @Property(tries = 60)
  void columnsAreTheCoefficientChunks(
      @ForAll @IntRange(min = 0, max = 5) int logN,
      @ForAll @IntRange(min = 0, max = 3) int logBlowup,
      @ForAll @IntRange(min = 1, max = 8) int dWanted,
      @ForAll long seed) {
    int n = 1 << logN;
    int blowup = 1 << logBlowup;
    int d = Math.min(dWanted, blowup);
    SplittableRandom r = new SplittableRandom(seed);
    long[] coeffs = new long[d * n];
    for (int i = 0; i < coeffs.length; i++) {
      coeffs[i] = Goldilocks.reduce(r.nextLong());
    }
    long shift = FriLayout.LDE_SHIFT;
    long omegaBig = Goldilocks.rootOfUnity(logN + logBlowup);
    long omegaN = Goldilocks.rootOfUnity(logN);
    long[] values = new long[d * n];
    for (int t = 0; t < d; t++) {
      long x = Goldilocks.mul(shift, Goldilocks.pow(omegaBig, t));
      for (int j = 0; j < n; j++) {
        values[t * n + j] = horner(coeffs, x);
        x = Goldilocks.mul(x, omegaN);
      }
    }
    long[][] h = CompositionSplit.columns(values, n, d, blowup, shift);
    assertThat(h).hasNumberOfRows(d);
    for (int j = 0; j < d; j++) {
      assertThat(h[j]).isEqualTo(Arrays.copyOfRange(coeffs, j * n, (j + 1) * n));
    }
  }

  private static long horner(long[] c, long x) {
    long acc = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      acc = Goldilocks.add(Goldilocks.mul(acc, x), c[i]);
    }
    return acc;
  }
}
