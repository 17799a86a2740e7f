package io.rampart.crypto.field;

import static io.rampart.crypto.field.FieldArbitraries.BIG_P;
import static io.rampart.crypto.field.FieldArbitraries.big;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Structural facts about the field: modulus, generator, roots of unity, error cases. */
class GoldilocksTest {
  private static final BigInteger P_MINUS_1 = BIG_P.subtract(BigInteger.ONE);

  @Test
  void modulusIsTwoToThe64MinusTwoToThe32PlusOne() {
    assertThat(big(Goldilocks.P)).isEqualTo(BIG_P);
    assertThat(BIG_P.isProbablePrime(64)).isTrue();
  }

  @Test
  void twoAdicityIs32AndSevenGeneratesTheMultiplicativeGroup() {
    long[] oddPrimes = {3, 5, 17, 257, 65537};
    BigInteger product = BigInteger.ONE.shiftLeft(32);
    for (long q : oddPrimes) {
      product = product.multiply(BigInteger.valueOf(q));
    }
    assertThat(product).as("p - 1 = 2^32 * 3 * 5 * 17 * 257 * 65537").isEqualTo(P_MINUS_1);
    BigInteger g = BigInteger.valueOf(Goldilocks.GENERATOR);
    assertThat(g.modPow(P_MINUS_1.shiftRight(1), BIG_P)).isNotEqualTo(BigInteger.ONE);
    for (long q : oddPrimes) {
      assertThat(g.modPow(P_MINUS_1.divide(BigInteger.valueOf(q)), BIG_P))
          .as("7^((p-1)/%d)", q)
          .isNotEqualTo(BigInteger.ONE);
    }
  }

  @Test
  void everyRootOfUnityHasExactlyTheStatedOrder() {
    assertThat(Goldilocks.rootOfUnity(0)).isEqualTo(1L);
    for (int k = 1; k <= Goldilocks.TWO_ADICITY; k++) {
      BigInteger w = big(Goldilocks.rootOfUnity(k));
      assertThat(w.modPow(BigInteger.ONE.shiftLeft(k), BIG_P))
          .as("w^(2^%d)", k)
          .isEqualTo(BigInteger.ONE);
      // w^(2^(k-1)) = -1 rules out every smaller power of two as the order.
      assertThat(w.modPow(BigInteger.ONE.shiftLeft(k - 1), BIG_P))
          .as("w^(2^%d)", k - 1)
          .isEqualTo(P_MINUS_1);
      assertThat(Goldilocks.square(Goldilocks.rootOfUnity(k)))
          .isEqualTo(Goldilocks.rootOfUnity(k - 1));
    }
  }

  @Test
  void primitive2To32RootIsTheOnePlonky2Publishes() {
    // POWER_OF_TWO_GENERATOR in 0xPolygonZero/plonky2 field/src/goldilocks_field.rs.
    assertThat(Goldilocks.rootOfUnity(32)).isEqualTo(1753635133440165772L);
  }

  @Test
  void rootOfUnityRejectsOrdersTheFieldLacks() {
    assertThatThrownBy(() -> Goldilocks.rootOfUnity(33))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Goldilocks.rootOfUnity(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sevenIsAQuadraticNonResidue() {
    // Euler's criterion: 7^((p-1)/2) = -1, so x^2 - 7 is irreducible and Ext2 is a field.
    assertThat(BigInteger.valueOf(7).modPow(P_MINUS_1.shiftRight(1), BIG_P)).isEqualTo(P_MINUS_1);
    assertThat(Goldilocks.pow(Ext2.W, (Goldilocks.P - 1) >>> 1)).isEqualTo(Goldilocks.P - 1);
  }

  @Test
  void reduce128OnEveryPairOfBoundaryWords() {
    // Words whose 32-bit halves sit at 0, 1, 2^32 - 2 and 2^32 - 1: these drive the borrow and
    // carry cases of the reduction, which random inputs reach with probability about 2^-31.
    long[] halves = {0, 1, 0xFFFF_FFFEL, 0xFFFF_FFFFL};
    long[] words = new long[halves.length * halves.length];
    for (int i = 0; i < halves.length; i++) {
      for (int j = 0; j < halves.length; j++) {
        words[i * halves.length + j] = (halves[i] << 32) | halves[j];
      }
    }
    for (long hi : words) {
      for (long lo : words) {
        BigInteger x = big(hi).shiftLeft(64).add(big(lo));
        assertThat(big(Goldilocks.reduce128(hi, lo)))
            .as("hi=%x lo=%x", hi, lo)
            .isEqualTo(x.mod(BIG_P));
        assertThat(big(Goldilocks.reduce128Lazy(hi, lo)).mod(BIG_P)).isEqualTo(x.mod(BIG_P));
      }
    }
  }

  @Test
  void zeroHasNoInverse() {
    assertThatThrownBy(() -> Goldilocks.inverse(0))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("zero");
  }

  @Test
  void batchInverseHandlesEdgeShapes() {
    assertThat(Goldilocks.batchInverse(new long[0])).isEmpty();
    assertThat(Goldilocks.batchInverse(new long[] {0, 0, 0})).containsExactly(0, 0, 0);
    assertThat(Goldilocks.batchInverse(new long[] {0, 2, 0}))
        .containsExactly(0, Goldilocks.inverse(2), 0);
    assertThatThrownBy(() -> Goldilocks.batchInverse(new long[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
  }

  @Test
  void powEdgeExponents() {
    assertThat(Goldilocks.pow(0, 0)).isEqualTo(1L);
    assertThat(Goldilocks.pow(0, 5)).isZero();
    assertThat(Goldilocks.pow(5, Goldilocks.P - 1)).as("Fermat").isEqualTo(1L);
    assertThat(Goldilocks.pow(5, Goldilocks.P - 2)).isEqualTo(Goldilocks.inverse(5));
  }

  @Test
  void encodingIsLittleEndianAndRejectsPAndAbove() {
    byte[] one = Goldilocks.toBytes(1);
    assertThat(one).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
    byte[] p = Goldilocks.toBytes(Goldilocks.P);
    assertThat(p).containsExactly(1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF);
    assertThatThrownBy(() -> Goldilocks.fromBytes(p, 0))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] pMinus1 = Goldilocks.toBytes(Goldilocks.P - 1);
    assertThat(Goldilocks.fromBytes(pMinus1, 0)).isEqualTo(Goldilocks.P - 1);
  }
}
