package io.rampart.crypto.field;

import static io.rampart.crypto.field.FieldArbitraries.BIG_P;
import static io.rampart.crypto.field.FieldArbitraries.big;
import static io.rampart.crypto.field.FieldArbitraries.fromBig;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quadratic extension against an oracle that multiplies polynomials over BigInteger and reduces
 * them modulo x^2 - 7 by long division, plus the field laws.
 */
class Ext2PropertyTest {
  private static final BigInteger W = BigInteger.valueOf(7);

  @Provide
  Arbitrary<Ext2> ext() {
    return Combinators.combine(FieldArbitraries.canonical(), FieldArbitraries.canonical())
        .as(Ext2::new);
  }

  @Provide
  Arbitrary<Ext2> nonZeroExt() {
    return ext().filter(e -> !e.isZero());
  }

  @Provide
  Arbitrary<Long> canonical() {
    return FieldArbitraries.canonical();
  }

  @Provide
  Arbitrary<Long> anyU64() {
    return FieldArbitraries.anyU64();
  }

  /** Coefficients of a polynomial product, lowest degree first, reduced mod (x^2 - 7, p). */
  static Ext2 oracleMul(Ext2 a, Ext2 b) {
    BigInteger[] x = {big(a.c0()), big(a.c1())};
    BigInteger[] y = {big(b.c0()), big(b.c1())};
    BigInteger[] prod = new BigInteger[3];
    java.util.Arrays.fill(prod, BigInteger.ZERO);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        prod[i + j] = prod[i + j].add(x[i].multiply(y[j]));
      }
    }
    // Long division by x^2 - 7: the x^k term becomes 7·x^(k-2).
    for (int k = prod.length - 1; k >= 2; k--) {
      prod[k - 2] = prod[k - 2].add(prod[k].multiply(W));
      prod[k] = BigInteger.ZERO;
    }
    return new Ext2(fromBig(prod[0]), fromBig(prod[1]));
  }

  static Ext2 oraclePow(Ext2 a, BigInteger exp) {
    Ext2 result = Ext2.ONE;
    for (int i = exp.bitLength() - 1; i >= 0; i--) {
      result = oracleMul(result, result);
      if (exp.testBit(i)) {
        result = oracleMul(result, a);
      }
    }
    return result;
  }

  @Property
  void mulMatchesPolynomialOracle(@ForAll("ext") Ext2 a, @ForAll("ext") Ext2 b) {
    assertThat(a.mul(b)).isEqualTo(oracleMul(a, b));
  }

  @Property
  void squareMatchesPolynomialOracle(@ForAll("ext") Ext2 a) {
    assertThat(a.square()).isEqualTo(oracleMul(a, a));
  }

  @Property
  void addSubNegMatchBigInteger(@ForAll("ext") Ext2 a, @ForAll("ext") Ext2 b) {
    assertThat(a.add(b))
        .isEqualTo(
            new Ext2(fromBig(big(a.c0()).add(big(b.c0()))), fromBig(big(a.c1()).add(big(b.c1())))));
    assertThat(a.sub(b))
        .isEqualTo(
            new Ext2(
                fromBig(big(a.c0()).subtract(big(b.c0()))),
                fromBig(big(a.c1()).subtract(big(b.c1())))));
    assertThat(a.add(a.neg())).isEqualTo(Ext2.ZERO);
  }

  @Property
  void inverseIsTheMultiplicativeInverse(@ForAll("nonZeroExt") Ext2 a) {
    assertThat(oracleMul(a, a.inverse())).isEqualTo(Ext2.ONE);
  }

  @Property(tries = 200)
  void powMatchesOracle(@ForAll("ext") Ext2 a, @ForAll("anyU64") long exp) {
    assertThat(a.pow(exp)).isEqualTo(oraclePow(a, big(exp)));
  }

  @Property(tries = 200)
  void frobeniusIsThePthPowerAndNormIsMultiplicative(@ForAll("ext") Ext2 a, @ForAll("ext") Ext2 b) {
    assertThat(a.frobenius()).isEqualTo(oraclePow(a, BIG_P));
    assertThat(a.mul(a.frobenius())).isEqualTo(Ext2.fromBase(a.norm()));
    assertThat(a.mul(b).norm()).isEqualTo(a.norm().mul(b.norm()));
  }

  @Property
  void fieldLaws(@ForAll("ext") Ext2 a, @ForAll("ext") Ext2 b, @ForAll("ext") Ext2 c) {
    assertThat(a.mul(b)).isEqualTo(b.mul(a));
    assertThat(a.mul(b).mul(c)).isEqualTo(a.mul(b.mul(c)));
    assertThat(a.mul(b.add(c))).isEqualTo(a.mul(b).add(a.mul(c)));
    assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
    assertThat(a.mul(Ext2.ONE)).isEqualTo(a);
  }

  @Property
  void baseFieldEmbedsAsASubfield(@ForAll("canonical") long x, @ForAll("canonical") long y) {
    Ext2 ex = Ext2.fromBase(x);
    Ext2 ey = Ext2.fromBase(y);
    assertThat(ex.mul(ey)).isEqualTo(Ext2.fromBase(Goldilocks.mul(x, y)));
    assertThat(ex.add(ey)).isEqualTo(Ext2.fromBase(Goldilocks.add(x, y)));
    assertThat(ex.isBase()).isTrue();
    if (x != 0) {
      assertThat(ex.inverse()).isEqualTo(Ext2.fromBase(Goldilocks.inverse(x)));
    }
    assertThat(new Ext2(x, y).scale(Felt.of(x))).isEqualTo(new Ext2(x, y).mul(ex));
  }

  @Property
  void bytesRoundTrip(@ForAll("ext") Ext2 a) {
    assertThat(Ext2.fromBytes(a.toBytes(), 0)).isEqualTo(a);
  }
}
