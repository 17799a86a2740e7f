package io.rampart.l1.gas;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.core.Fork;
import org.junit.jupiter.api.Test;

class IntrinsicGasTest {

  @Test
  void emptyCalldataCostsTheBaseOnly() {
    assertThat(IntrinsicGas.of(new byte[0], Fork.CANCUN)).isEqualTo(new IntrinsicGas(21_000, 0));
    assertThat(IntrinsicGas.of(new byte[0], Fork.PECTRA).charged(0)).isEqualTo(21_000);
  }

  /** 3 zero + 2 non-zero bytes: 21000 + 3×4 + 2×16 = 21044; tokens 11, floor 21000 + 110. */
  @Test
  void countsZeroAndNonZeroBytes() {
    byte[] data = {0, 1, 0, 2, 0};
    assertThat(IntrinsicGas.of(data, Fork.CANCUN).standard()).isEqualTo(21_044);
    assertThat(IntrinsicGas.of(data, Fork.PECTRA).floor()).isEqualTo(21_110);
    assertThat(IntrinsicGas.of(data, Fork.PECTRA).minimumGasLimit()).isEqualTo(21_110);
    assertThat(IntrinsicGas.of(data, Fork.PECTRA).charged(0)).isEqualTo(21_110);
    assertThat(IntrinsicGas.of(data, Fork.PECTRA).charged(1_000)).isEqualTo(22_044);
    assertThat(IntrinsicGas.of(data, Fork.CANCUN).charged(0)).isEqualTo(21_044);
  }
}
