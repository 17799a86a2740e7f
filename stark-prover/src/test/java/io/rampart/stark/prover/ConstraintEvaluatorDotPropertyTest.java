package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import java.math.BigInteger;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The three-word dot product of the constraint evaluator against a BigInteger oracle. */
class ConstraintEvaluatorDotPropertyTest {
  static final BigInteger P = new BigInteger(Long.toUnsignedString(Goldilocks.P));

  @Property(tries = 200)
  void dotEqualsTheExactSumModP(
      @ForAll @IntRange(min = 0, max = 400) int len,
      @ForAll @IntRange(min = 0, max = 2) int kind,
      @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] a = new long[len];
    long[] e = new long[len];
    for (int i = 0; i < len; i++) {
      // kind 2: every element p - 1, so the high words carry as often as possible.
      a[i] = kind == 2 ? Goldilocks.P - 1 : Goldilocks.reduce(r.nextLong());
      e[i] =
          kind == 2 ? Goldilocks.P - 1 : kind == 1 ? r.nextInt(3) : Goldilocks.reduce(r.nextLong());
    }
    int from = len == 0 ? 0 : r.nextInt(len + 1);
    BigInteger expected = BigInteger.ZERO;
    for (int i = from; i < len; i++) {
      expected =
          expected.add(
              new BigInteger(Long.toUnsignedString(a[i]))
                  .multiply(new BigInteger(Long.toUnsignedString(e[i]))));
    }
    long got = ConstraintEvaluator.dot(a, e, from, len);
    assertThat(Long.toUnsignedString(got)).isEqualTo(expected.mod(P).toString());
  }
}
