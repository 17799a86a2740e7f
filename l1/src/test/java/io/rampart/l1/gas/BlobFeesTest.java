package io.rampart.l1.gas;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.core.Fork;
import io.rampart.l1.core.Wei;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers from go-ethereum {@code consensus/misc/eip4844/eip4844_test.go}
 * (TestFakeExponential, TestCalcBlobFee, TestCalcExcessBlobGas; Cancun parameters).
 */
class BlobFeesTest {

  @ParameterizedTest
  @CsvSource({
    "1, 0, 1, 1",
    "38493, 0, 1000, 38493",
    "0, 1234, 2345, 0",
    "1, 2, 1, 6",
    "1, 4, 2, 6",
    "1, 3, 1, 16",
    "1, 6, 2, 18",
    "1, 4, 1, 49",
    "1, 8, 2, 50",
    "10, 8, 2, 542",
    "11, 8, 2, 596",
    "1, 5, 1, 136",
    "1, 5, 2, 11",
    "2, 5, 2, 23",
    "1, 50000000, 2225652, 5709098764"
  })
  void fakeExponential(long factor, long numerator, long denominator, long expected) {
    assertThat(
            BlobFees.fakeExponential(
                BigInteger.valueOf(factor),
                BigInteger.valueOf(numerator),
                BigInteger.valueOf(denominator)))
        .isEqualTo(BigInteger.valueOf(expected));
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "2314057, 1", "2314058, 2", "10485760, 23"})
  void cancunBlobBaseFee(long excess, long fee) {
    assertThat(BlobFees.baseFeePerBlobGas(excess, Fork.CANCUN)).isEqualTo(Wei.of(fee));
  }

  /** Rows of TestCalcExcessBlobGas: (parent excess, parent blobs, expected excess); target 3. */
  @ParameterizedTest
  @CsvSource({
    "0, 0, 0",
    "0, 1, 0",
    "0, 3, 0",
    "0, 4, 131072",
    "1, 4, 131073",
    "1, 5, 262145",
    "393216, 3, 393216",
    "393216, 2, 262144",
    "393216, 1, 131072",
    "131071, 2, 0"
  })
  void cancunExcessBlobGas(long parentExcess, int blobs, long expected) {
    assertThat(
            BlobFees.nextExcessBlobGas(parentExcess, blobs * 131_072L, Wei.ofGwei(1), Fork.CANCUN))
        .isEqualTo(expected);
  }

  /**
   * EIP-7918 under BPO2 (target 14, max 21): with a 1 gwei base fee the reserve price (2^13 × 1
   * gwei) exceeds a 1-wei blob price, so 15 blobs over an empty excess grow it by 15 × 131072 × 7 /
   * 21 = 655,360 instead of 131,072.
   */
  @ParameterizedTest
  @CsvSource({"15, 655360", "21, 917504"})
  void bpo2ReservePriceBranch(int blobs, long expected) {
    assertThat(BlobFees.nextExcessBlobGas(0, blobs * 131_072L, Wei.ofGwei(1), Fork.BPO2))
        .isEqualTo(expected);
    assertThat(BlobFees.nextExcessBlobGas(0, blobs * 131_072L, Wei.of(1), Fork.BPO2))
        .as("no reserve price at a 1-wei base fee")
        .isEqualTo((blobs - 14) * 131_072L);
  }
}
