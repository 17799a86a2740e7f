package io.rampart.stark.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NttTest {
  static long[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = Goldilocks.reduce(r.nextLong());
    }
    return a;
  }

  /** Slow oracle: Horner at each point. */
  static long eval(long[] c, long x) {
    long acc = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      acc = Goldilocks.add(Goldilocks.mul(acc, x), c[i]);
    }
    return acc;
  }

  @Property(tries = 30)
  void forwardEvaluatesAtRootsOfUnity(
      @ForAll @IntRange(min = 0, max = 8) int log, @ForAll long seed) {
    int n = 1 << log;
    long[] c = random(n, seed);
    long[] e = c.clone();
    Ntt.forward(e);
    long w = Goldilocks.rootOfUnity(log);
    for (int i = 0; i < n; i++) {
      assertThat(e[i]).isEqualTo(eval(c, Goldilocks.pow(w, i)));
    }
  }

  @Property(tries = 30)
  void inverseUndoesForwardOnCosets(
      @ForAll @IntRange(min = 0, max = 10) int log, @ForAll long seed) {
    long[] c = random(1 << log, seed);
    long[] e = c.clone();
    Ntt.forwardCoset(e, 7);
    Ntt.inverseCoset(e, 7);
    assertThat(e).containsExactly(c);
  }

  @Property(tries = 40)
  void ldeEvaluatesOnTheShiftedLargerDomain(
      @ForAll @IntRange(min = 0, max = 7) int log,
      @ForAll @IntRange(min = 0, max = 3) int logBlowup,
      @ForAll @IntRange(min = 1, max = 3) int shiftChoice,
      @ForAll long seed) {
    int n = 1 << log;
    int blowup = 1 << logBlowup;
    long shift = shiftChoice == 3 ? 1 : 7 * shiftChoice;
    long[] c = random(n, seed);
    long[] lde = Ntt.lde(c, blowup, shift);
    long w = Goldilocks.rootOfUnity(log + logBlowup);
    for (int i = 0; i < blowup * n; i++) {
      assertThat(lde[i]).isEqualTo(eval(c, Goldilocks.mul(shift, Goldilocks.pow(w, i))));
    }
  }
}
