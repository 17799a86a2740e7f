package io.rampart.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FeltTest {

  @Test
  void rejectsNonCanonicalValuesAndReducesOnRequest() {
    assertThatThrownBy(() -> Felt.of(Goldilocks.P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18446744069414584321");
    assertThatThrownBy(() -> Felt.of(-1L)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Felt.reduce(-1L)).isEqualTo(Felt.of(0xFFFF_FFFEL)); // 2^64 - 1 - p = 2^32 - 2
    assertThat(Felt.reduce(Goldilocks.P)).isEqualTo(Felt.ZERO);
    assertThat(Felt.of(BigInteger.valueOf(-1))).isEqualTo(Felt.of(Goldilocks.P - 1));
  }

  @Test
  void arithmeticDelegatesToTheField() {
    Felt a = Felt.of(Goldilocks.P - 1);
    Felt b = Felt.of(5);
    assertThat(a.add(b)).isEqualTo(Felt.of(4));
    assertThat(b.sub(a)).isEqualTo(Felt.of(6));
    assertThat(a.mul(a)).isEqualTo(Felt.ONE);
    assertThat(a.neg()).isEqualTo(Felt.ONE);
    assertThat(b.inverse().mul(b)).isEqualTo(Felt.ONE);
    assertThat(b.square()).isEqualTo(Felt.of(25));
    assertThat(b.pow(3)).isEqualTo(Felt.of(125));
    assertThat(a.toBigInteger()).isEqualTo(Felt.MODULUS.subtract(BigInteger.ONE));
  }

  @Test
  void encodingToStringAndOrderAreUnsigned() {
    Felt big = Felt.of(Goldilocks.P - 1);
    assertThat(big.toString()).isEqualTo("18446744069414584320");
    assertThat(big.compareTo(Felt.ONE)).isPositive();
    assertThat(Felt.fromBytes(big.toBytes(), 0)).isEqualTo(big);
    byte[] nonCanonical = Goldilocks.toBytes(Goldilocks.P + 7);
    assertThatThrownBy(() -> Felt.fromBytes(nonCanonical, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
