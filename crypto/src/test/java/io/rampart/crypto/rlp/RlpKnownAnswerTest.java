package io.rampart.crypto.rlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ethereum/tests RLPTests (see resources/rlp/SOURCES.md). */
class RlpKnownAnswerTest {

  static Stream<Arguments> valid() {
    return cases("/rlp/rlptest.json")
        .map(
            e ->
                Arguments.of(
                    Named.of(e.getKey(), toItem(Json.object(e.getValue()).get("in"))),
                    hex((String) Json.object(e.getValue()).get("out"))));
  }

  static Stream<Arguments> invalid() {
    return cases("/rlp/invalidRLPTest.json")
        .map(
            e ->
                Arguments.of(
                    Named.of(e.getKey(), hex((String) Json.object(e.getValue()).get("out")))));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void encodesToTheKnownAnswer(RlpItem item, byte[] expected) {
    assertThat(Rlp.encode(item)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("valid")
  void decodesTheKnownAnswer(RlpItem item, byte[] encoded) {
    assertThat(Rlp.decode(encoded)).isEqualTo(new RlpDecodeResult.Decoded(item));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsInvalidEncoding(byte[] encoded) {
    assertThat(Rlp.decode(encoded)).isInstanceOf(RlpDecodeResult.Malformed.class);
  }

  private static Stream<Map.Entry<String, Object>> cases(String resource) {
    return Json.object(Json.resource(resource)).entrySet().stream();
  }

  /** Test-file conventions: "#123" big integer, "0x.." hex bytes, other strings raw bytes. */
  static RlpItem toItem(Object in) {
    return switch (in) {
      case BigInteger n -> RlpString.ofUnsigned(n);
      case String s when s.startsWith("#") -> RlpString.ofUnsigned(new BigInteger(s.substring(1)));
      case String s when s.startsWith("0x") -> RlpString.of(hex(s));
      case String s -> RlpString.of(s.getBytes(StandardCharsets.ISO_8859_1));
      case List<?> l -> new RlpList(l.stream().map(RlpKnownAnswerTest::toItem).toList());
      default -> throw new IllegalArgumentException("unexpected test input " + in);
    };
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.startsWith("0x") ? s.substring(2) : s);
  }
}
