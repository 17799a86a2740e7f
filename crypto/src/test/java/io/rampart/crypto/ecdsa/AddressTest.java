package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EIP-55 checksums; vectors are the test list of EIP-55 (ethereum/EIPs, EIPS/eip-55.md). */
class AddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
      })
  void eip55VectorsParseAndPrintBackUnchanged(String checksummed) {
    Address a = Address.tryParse(checksummed).orElseThrow();
    assertThat(a.toString()).isEqualTo(checksummed);
    assertThat(Address.tryParse(checksummed.toLowerCase())).contains(a);
    assertThat(Address.tryParse("0x" + checksummed.substring(2).toUpperCase())).contains(a);
  }

  @Test
  void changingTheCaseOfAnyLetterBreaksTheChecksum() {
    String good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    for (int i = 2; i < good.length(); i++) {
      char c = good.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      String bad = good.substring(0, i) + swapped + good.substring(i + 1);
      assertThat(Address.parse(bad))
          .as(bad)
          .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.BAD_CHECKSUM));
    }
  }

  @Test
  void malformedStringsAreRejectedWithAReason() {
    assertThat(Address.parse("0x1234"))
        .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.WRONG_LENGTH));
    assertThat(Address.parse(""))
        .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.WRONG_LENGTH));
    assertThat(Address.parse("0x" + "g".repeat(40)))
        .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.NOT_HEX));
    assertThat(Address.parse("0x" + "\u0661".repeat(40)))
        .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.NOT_HEX));
    assertThat(Address.parse("0x" + "0".repeat(41)))
        .isEqualTo(new Address.Parsed.Invalid(Address.ParseError.WRONG_LENGTH));
  }

  @Test
  void prefixIsOptionalAndBytesRoundTrip() {
    Address a = Address.tryParse("de709f2102306220921060314715629080e2fb77").orElseThrow();
    assertThat(a.toBytes())
        .isEqualTo(HexFormat.of().parseHex("de709f2102306220921060314715629080e2fb77"));
    assertThat(Address.fromBytes(a.toBytes())).contains(a);
    assertThat(a.toLowerHex()).isEqualTo("0xde709f2102306220921060314715629080e2fb77");
  }

  @Test
  void fromBytesRejectsOtherLengths() {
    assertThat(Address.fromBytes(new byte[19])).isEmpty();
    assertThat(Address.fromBytes(new byte[21])).isEmpty();
    assertThat(Address.fromBytes(null)).isEmpty();
  }
}
