package io.rampart.l1.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AbiTest {
  private static final HexFormat HEX = HexFormat.of();

  /** Selectors given in the Solidity ABI specification's examples. */
  @Test
  void selectorsFromTheSoliditySpecification() {
    assertThat(HEX.formatHex(Abi.selector("baz(uint32,bool)"))).isEqualTo("cdcd77c0");
    assertThat(HEX.formatHex(Abi.selector("sam(bytes,bool,uint256[])"))).isEqualTo("a5643bf2");
    assertThat(HEX.formatHex(Abi.selector("transfer(address,uint256)"))).isEqualTo("a9059cbb");
  }

  /**
   * (bytes "dave", uint256 7, address 0x…01) laid out by the specification's rules: head = offset
   * of the bytes tail (3 × 32 = 0x60), 7, the address left-padded; tail = length 4, then "dave"
   * right-padded to 32 bytes.
   */
  @Test
  void dynamicBytesGoToTheTail() {
    byte[] dave = "dave".getBytes(StandardCharsets.US_ASCII);
    Address one = Address.fromHex("0x0000000000000000000000000000000000000001");
    String expected =
        "0000000000000000000000000000000000000000000000000000000000000060"
            + "0000000000000000000000000000000000000000000000000000000000000007"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000004"
            + "6461766500000000000000000000000000000000000000000000000000000000";
    byte[] enc = Abi.encode(dave, 7L, one);
    assertThat(HEX.formatHex(enc)).isEqualTo(expected);
    assertThat(Abi.readBytes(enc, 0)).isEqualTo(dave);
    assertThat(Abi.readUint(enc, 1)).isEqualTo(7);
    assertThat(Abi.readAddress(enc, 2)).isEqualTo(one);
  }

  @Test
  void emptyBytesAndBytes32() {
    Bytes32 h = Bytes32.ZERO.flipBit(0);
    byte[] enc = Abi.encode(h, new byte[0]);
    assertThat(enc).hasSize(3 * 32);
    assertThat(Abi.readBytes32(enc, 0)).isEqualTo(h);
    assertThat(Abi.readBytes(enc, 1)).isEmpty();
  }
}
