package io.rampart.crypto.rlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each canonical rule is reported with its own kind and the offset of the faulty item. */
class RlpDecoderTest {

  private static RlpError errorOf(String hex) {
    return errorOf(hex, RlpLimits.DEFAULT);
  }

  private static RlpError errorOf(String hex, RlpLimits limits) {
    return switch (Rlp.decode(HexFormat.of().parseHex(hex), limits)) {
      case RlpDecodeResult.Malformed(RlpError e) -> e;
      case RlpDecodeResult.Decoded d -> throw new AssertionError("decoded " + d);
    };
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY_INPUT, 0",
    "8100, NON_CANONICAL_SINGLE_BYTE, 0",
    "c28100, NON_CANONICAL_SINGLE_BYTE, 1",
    "b800, LEADING_ZERO_IN_LENGTH, 0",
    "b801ff, NON_CANONICAL_LENGTH, 0",
    "f803112233, NON_CANONICAL_LENGTH, 0",
    "83646f, OUT_OF_BOUNDS, 0",
    "b9, OUT_OF_BOUNDS, 0",
    "c3836162, OUT_OF_BOUNDS, 1",
    "c2826162, OUT_OF_BOUNDS, 1",
    "bf0f000000000000021111, LENGTH_TOO_LARGE, 0",
    "0102, TRAILING_BYTES, 1",
    "c0c0, TRAILING_BYTES, 1",
  })
  void faultKindAndOffset(String hex, RlpError.Kind kind, int offset) {
    RlpError e = errorOf(hex);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.message()).contains("offset " + offset);
  }

  @Test
  void depthLimitIsEnforced() {
    // [[[]]] has depth 3.
    assertThat(Rlp.decode(HexFormat.of().parseHex("c2c1c0"), new RlpLimits(100, 3)))
        .isInstanceOf(RlpDecodeResult.Decoded.class);
    assertThat(errorOf("c2c1c0", new RlpLimits(100, 2)).kind()).isEqualTo(RlpError.Kind.TOO_DEEP);
    assertThat(errorOf("c0", new RlpLimits(100, 0)).kind()).isEqualTo(RlpError.Kind.TOO_DEEP);
  }

  @Test
  void deeplyNestedInputWithinTheCapDoesNotOverflowTheStack() {
    int depth = RlpLimits.DEPTH_CAP + 10;
    RlpItem item = RlpList.of();
    for (int i = 1; i < depth; i++) {
      item = RlpList.of(item);
    }
    byte[] enc = Rlp.encode(item);
    assertThat(Rlp.decode(enc, new RlpLimits(enc.length, RlpLimits.DEPTH_CAP)))
        .isInstanceOfSatisfying(
            RlpDecodeResult.Malformed.class,
            m -> assertThat(m.error().kind()).isEqualTo(RlpError.Kind.TOO_DEEP));
  }

  @Test
  void sizeLimitIsEnforcedBeforeDecoding() {
    assertThat(errorOf("83646f67", new RlpLimits(3, 8)).kind())
        .isEqualTo(RlpError.Kind.INPUT_TOO_LARGE);
    assertThat(Rlp.decode(HexFormat.of().parseHex("83646f67"), new RlpLimits(4, 8)))
        .isInstanceOf(RlpDecodeResult.Decoded.class);
  }

  @Test
  void longFormBoundaryAt56Bytes() {
    byte[] s55 = new byte[55];
    byte[] s56 = new byte[56];
    assertThat(Rlp.encode(RlpString.of(s55))[0] & 0xff).isEqualTo(0x80 + 55);
    byte[] enc56 = Rlp.encode(RlpString.of(s56));
    assertThat(enc56[0] & 0xff).isEqualTo(0xb8);
    assertThat(enc56[1] & 0xff).isEqualTo(56);
    assertThat(Rlp.decode(enc56)).isEqualTo(new RlpDecodeResult.Decoded(RlpString.of(s56)));
  }

  @Test
  void integersAreMinimalBigEndian() {
    assertThat(RlpString.ofUnsigned(0L)).isEqualTo(RlpString.EMPTY);
    assertThat(RlpString.ofUnsigned(0x0400L).toArray()).containsExactly(0x04, 0x00);
    assertThat(RlpString.ofUnsigned(Long.MAX_VALUE).length()).isEqualTo(8);
    assertThat(RlpString.ofUnsigned(java.math.BigInteger.TWO.pow(255)).length()).isEqualTo(32);
    assertThat(RlpString.of(new byte[] {0, 1}).isCanonicalUnsigned()).isFalse();
    assertThat(RlpString.of(new byte[] {1, 0}).isCanonicalUnsigned()).isTrue();
  }
}
