package io.rampart.crypto.poseidon2;

import static io.rampart.crypto.field.FieldArbitraries.BIG_P;
import static io.rampart.crypto.field.FieldArbitraries.big;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.FieldArbitraries;
import io.rampart.crypto.field.Goldilocks;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The permutation's two private reductions against BigInteger, with inputs built to reach their
 * rarely taken corrections (a borrow, a carry past 2^64, a result in [p, 2^64)), which random
 * states hit with probability around 2^-30 and the whole-permutation tests therefore miss.
 */
class Poseidon2ReductionTest {
  private static final long M32 = 0xFFFF_FFFFL;

  /** Values below 2^40, many with low 32 bits near 0 or 2^32 - 1. */
  @Provide
  Arbitrary<Long> below40() {
    Arbitrary<Long> top = Arbitraries.longs().between(0, 255);
    Arbitrary<Long> low =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(0L, 1L, M32 - 1, M32)),
            Tuple.of(1, Arbitraries.longs().between(0, M32)));
    return net.jqwik.api.Combinators.combine(top, low).as((t, l) -> (t << 32) | l);
  }

  @Property(tries = 1000)
  void reduceHalvesMatchesBigInteger(@ForAll("below40") long hi, @ForAll("below40") long lo) {
    long r = Poseidon2.reduceHalves(hi, lo);
    assertThat(Goldilocks.isCanonical(r)).isTrue();
    assertThat(big(r)).isEqualTo(big(hi).shiftLeft(32).add(big(lo)).mod(BIG_P));
  }

  record MulAddCase(long d, long x, long cLo, long cHi) {}

  /**
   * Cases where the addend makes both 32-bit columns wrap to zero (forcing the borrow) or to all
   * ones (forcing the carry past 2^64), besides random ones.
   */
  @Provide
  Arbitrary<MulAddCase> mulAddCases() {
    Arbitrary<Long> word = FieldArbitraries.anyU64();
    Arbitrary<Long> extra = Arbitraries.longs().between(0, 15);
    return net.jqwik.api.Combinators.combine(word, word, extra, extra, Arbitraries.of(0, 1, 2))
        .as(
            (d, x, k1, k2, mode) -> {
              long lo = d * x;
              long hi = Math.unsignedMultiplyHigh(d, x);
              if (mode == 2) {
                return new MulAddCase(d, x, (k1 << 32) | (k2 * 0x0F0F_0F0FL), k2 << 32);
              }
              long target = mode == 0 ? 0 : M32; // the value both columns should end with
              long cLo = ((target - (lo & M32)) & M32) + (k1 << 32);
              long low = (lo & M32) + cLo;
              long partial = (lo >>> 32) + (hi & M32) + (low >>> 32);
              long cHi = ((target - partial) & M32) + (k2 << 32);
              return new MulAddCase(d, x, cLo, cHi);
            });
  }

  @Property(tries = 1000)
  void mulAddMatchesBigInteger(@ForAll("mulAddCases") MulAddCase c) {
    long r = Poseidon2.mulAdd(c.d(), c.x(), c.cLo(), c.cHi());
    BigInteger expected =
        big(c.d())
            .multiply(big(c.x()))
            .add(big(c.cHi()).shiftLeft(32))
            .add(big(c.cLo()))
            .mod(BIG_P);
    assertThat(big(r).mod(BIG_P)).isEqualTo(expected);
  }
}
