package io.rampart.crypto.field;

import static io.rampart.crypto.field.FieldArbitraries.BIG_P;
import static io.rampart.crypto.field.FieldArbitraries.big;
import static io.rampart.crypto.field.FieldArbitraries.fromBig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Every Goldilocks operation against java.math.BigInteger, plus the field laws. */
class GoldilocksPropertyTest {

  @Provide
  Arbitrary<Long> canonical() {
    return FieldArbitraries.canonical();
  }

  @Provide
  Arbitrary<Long> nonZero() {
    return FieldArbitraries.nonZero();
  }

  @Provide
  Arbitrary<Long> anyU64() {
    return FieldArbitraries.anyU64();
  }

  @Provide
  Arbitrary<List<Long>> vectorsWithZeros() {
    return Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)), Tuple.of(4, FieldArbitraries.canonical()))
        .list()
        .ofMaxSize(40);
  }

  @Property
  void addMatchesBigInteger(@ForAll("canonical") long a, @ForAll("canonical") long b) {
    assertThat(Goldilocks.add(a, b)).isEqualTo(fromBig(big(a).add(big(b))));
  }

  @Property
  void subMatchesBigInteger(@ForAll("canonical") long a, @ForAll("canonical") long b) {
    assertThat(Goldilocks.sub(a, b)).isEqualTo(fromBig(big(a).subtract(big(b))));
  }

  @Property
  void negAndTwiceMatchBigInteger(@ForAll("canonical") long a) {
    assertThat(Goldilocks.neg(a)).isEqualTo(fromBig(big(a).negate()));
    assertThat(Goldilocks.twice(a)).isEqualTo(fromBig(big(a).shiftLeft(1)));
  }

  @Property
  void mulAndSquareMatchBigInteger(@ForAll("canonical") long a, @ForAll("canonical") long b) {
    assertThat(Goldilocks.mul(a, b)).isEqualTo(fromBig(big(a).multiply(big(b))));
    assertThat(Goldilocks.square(a)).isEqualTo(fromBig(big(a).multiply(big(a))));
  }

  @Property
  void mulReducesAnyInputs(@ForAll("anyU64") long a, @ForAll("anyU64") long b) {
    long expected = fromBig(big(a).multiply(big(b)));
    assertThat(Goldilocks.mul(a, b)).isEqualTo(expected);
    long lazy = Goldilocks.mulLazy(a, b);
    assertThat(big(lazy).mod(BIG_P)).isEqualTo(big(expected));
  }

  @Property
  void reduceMatchesBigInteger(@ForAll("anyU64") long x) {
    long r = Goldilocks.reduce(x);
    assertThat(r).isEqualTo(fromBig(big(x)));
    assertThat(Goldilocks.isCanonical(r)).isTrue();
    assertThat(Goldilocks.isCanonical(x)).isEqualTo(big(x).compareTo(BIG_P) < 0);
  }

  @Property
  void reduce128MatchesBigInteger(@ForAll("anyU64") long hi, @ForAll("anyU64") long lo) {
    BigInteger value = big(hi).shiftLeft(64).add(big(lo));
    assertThat(Goldilocks.reduce128(hi, lo)).isEqualTo(fromBig(value));
  }

  @Property
  void inverseMatchesBigInteger(@ForAll("nonZero") long a) {
    long inv = Goldilocks.inverse(a);
    assertThat(inv).isEqualTo(fromBig(big(a).modInverse(BIG_P)));
    assertThat(Goldilocks.mul(a, inv)).isEqualTo(1L);
  }

  @Property
  void powMatchesBigInteger(@ForAll("canonical") long base, @ForAll("anyU64") long exp) {
    assertThat(Goldilocks.pow(base, exp)).isEqualTo(fromBig(big(base).modPow(big(exp), BIG_P)));
  }

  @Property
  void batchInverseMatchesElementwise(@ForAll("vectorsWithZeros") List<Long> values) {
    long[] in = values.stream().mapToLong(Long::longValue).toArray();
    long[] out = Goldilocks.batchInverse(in);
    for (int i = 0; i < in.length; i++) {
      long expected = in[i] == 0 ? 0 : fromBig(big(in[i]).modInverse(BIG_P));
      assertThat(out[i]).as("index %d", i).isEqualTo(expected);
    }
    long[] inPlace = in.clone();
    Goldilocks.batchInverse(inPlace, inPlace);
    assertThat(inPlace).containsExactly(out);
  }

  @Property
  void additionLaws(
      @ForAll("canonical") long a, @ForAll("canonical") long b, @ForAll("canonical") long c) {
    assertThat(Goldilocks.add(a, b)).isEqualTo(Goldilocks.add(b, a));
    assertThat(Goldilocks.add(Goldilocks.add(a, b), c))
        .isEqualTo(Goldilocks.add(a, Goldilocks.add(b, c)));
    assertThat(Goldilocks.add(a, 0)).isEqualTo(a);
    assertThat(Goldilocks.add(a, Goldilocks.neg(a))).isZero();
    assertThat(Goldilocks.sub(a, b)).isEqualTo(Goldilocks.add(a, Goldilocks.neg(b)));
  }

  @Property
  void multiplicationLaws(
      @ForAll("canonical") long a, @ForAll("canonical") long b, @ForAll("canonical") long c) {
    assertThat(Goldilocks.mul(a, b)).isEqualTo(Goldilocks.mul(b, a));
    assertThat(Goldilocks.mul(Goldilocks.mul(a, b), c))
        .isEqualTo(Goldilocks.mul(a, Goldilocks.mul(b, c)));
    assertThat(Goldilocks.mul(a, 1)).isEqualTo(a);
    assertThat(Goldilocks.mul(a, Goldilocks.add(b, c)))
        .isEqualTo(Goldilocks.add(Goldilocks.mul(a, b), Goldilocks.mul(a, c)));
  }

  @Property
  void bytesRoundTrip(@ForAll("canonical") long a) {
    byte[] enc = Goldilocks.toBytes(a);
    assertThat(enc).hasSize(8);
    assertThat(big(a)).isEqualTo(new BigInteger(1, reversed(enc)));
    assertThat(Goldilocks.isCanonicalEncoding(enc, 0)).isTrue();
    assertThat(Goldilocks.fromBytes(enc, 0)).isEqualTo(a);
  }

  @Property
  void nonCanonicalEncodingsAreRejected(@ForAll("anyU64") long x) {
    byte[] enc = Goldilocks.toBytes(x);
    boolean canonical = big(x).compareTo(BIG_P) < 0;
    assertThat(Goldilocks.isCanonicalEncoding(enc, 0)).isEqualTo(canonical);
    if (!canonical) {
      assertThatThrownBy(() -> Goldilocks.fromBytes(enc, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("non-canonical");
    }
  }

  private static byte[] reversed(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return r;
  }
}
