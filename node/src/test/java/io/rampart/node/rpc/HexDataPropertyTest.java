package io.rampart.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link Hex#parseData} against the JDK's {@link HexFormat}, and its refusals. */
class HexDataPropertyTest {

  @Property
  void parsesWhatHexFormatWritesInEitherCase(@ForAll @Size(max = 300) byte[] b) {
    String lower = HexFormat.of().formatHex(b);
    assertThat(Hex.parseData("0x" + lower, "data")).isEqualTo(b);
    assertThat(Hex.parseData("0x" + lower.toUpperCase(), "data")).isEqualTo(b);
  }

  @Property
  void refusesAnyNonHexCharacter(
      @ForAll @Size(min = 1, max = 64) byte[] b,
      @ForAll @IntRange(min = 0, max = 0xffff) int ch,
      @ForAll @IntRange(min = 0, max = 127) int where) {
    char c = (char) ch;
    boolean hexDigit = Character.digit(c, 16) >= 0 && c < 128;
    StringBuilder digits = new StringBuilder(HexFormat.of().formatHex(b));
    digits.setCharAt(where % digits.length(), c);
    String s = "0x" + digits;
    if (hexDigit) {
      assertThat(Hex.parseData(s, "data")).hasSize(b.length);
    } else {
      assertThatThrownBy(() -> Hex.parseData(s, "data"))
          .isInstanceOf(RpcException.class)
          .hasMessageContaining("not hex data");
    }
  }
}
