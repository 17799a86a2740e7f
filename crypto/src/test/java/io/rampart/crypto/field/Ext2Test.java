package io.rampart.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Ext2Test {

  @Test
  void uSquaredIsSeven() {
    Ext2 u = Ext2.of(0, 1);
    assertThat(u.square()).isEqualTo(Ext2.fromBase(7));
  }

  @Test
  void publishedTwoAdicGeneratorsHaveOrderTwoToThe33() {
    // p^2 - 1 has 2-adicity 33. Generators published for the same extension (W = 7):
    // EXT_POWER_OF_TWO_GENERATOR for Extendable<2> in 0xPolygonZero/plonky2
    // field/src/goldilocks_extensions.rs, and ext_two_adic_generator(33) in Plonky3/Plonky3
    // goldilocks/src/extension.rs.
    for (long c1 :
        new long[] {7226896044987257365L, Long.parseUnsignedLong("15659105665374529263")}) {
      Ext2 h = Ext2.of(0, c1);
      for (int i = 0; i < 32; i++) {
        h = h.square();
      }
      assertThat(h).as("g^(2^32)").isEqualTo(Ext2.fromBase(Goldilocks.P - 1));
      assertThat(h.square()).as("g^(2^33)").isEqualTo(Ext2.ONE);
    }
  }

  @Test
  void zeroHasNoInverse() {
    assertThatThrownBy(Ext2.ZERO::inverse).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void nonCanonicalCoefficientsAreRejected() {
    assertThatThrownBy(() -> Ext2.of(Goldilocks.P, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ext2.of(0, -1L)).isInstanceOf(IllegalArgumentException.class);
    byte[] enc = Ext2.of(1, 2).toBytes();
    enc[15] = (byte) 0xFF;
    enc[12] = (byte) 0xFF;
    enc[13] = (byte) 0xFF;
    enc[14] = (byte) 0xFF;
    assertThatThrownBy(() -> Ext2.fromBytes(enc, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
