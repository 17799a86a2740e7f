package io.rampart.chain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FeesPropertyTest {
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

  /** The long fast path and the 128-bit path both agree with a BigInteger oracle. */
  @Property(tries = 2000)
  void ceilingProductMatchesBigInteger(
      @ForAll @LongRange(min = 0, max = 1 << 20) long a,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
    BigInteger p = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    BigInteger[] qr = p.divideAndRemainder(GWEI);
    long expected = (qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValueExact();
    assertThat(Fees.ceilProductGwei(a, b)).isEqualTo(expected);
  }

  @Test
  void executionFeeRoundsUp() {
    assertThat(Fees.executionFeeGwei(0)).isZero();
    assertThat(Fees.executionFeeGwei(1)).isEqualTo(1); // 21,000 wei
    assertThat(Fees.executionFeeGwei(1_000_000_000)).isEqualTo(21_000);
  }

  @Test
  void l1FeeFollowsTheFjordFormula() {
    // 16 * 1368 * 10 gwei + 810949 * 1 gwei = 1,029,829,000,000,000 / 10^6 = 1,029,829,000 wei/B
    FeeParams p = FeeParams.defaults();
    assertThat(p.l1WeiPerByte()).isEqualTo(1_029_829_000L);
    assertThat(Fees.l1DataFeeGwei(p, 72)).isEqualTo(75); // ceil(72 * 1.029829)
    FeeParams withMin = new FeeParams(0, 10_000_000_000L, 1_000_000_000L, 1_368, 810_949, 100);
    assertThat(Fees.l1DataFeeGwei(withMin, 72)).isEqualTo(103); // charged for 100 bytes
  }
}
