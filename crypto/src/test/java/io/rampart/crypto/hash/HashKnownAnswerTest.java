package io.rampart.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Known answers. Keccak-256: the empty string and "abc" as used across Ethereum clients (the
 * empty-code hash {@code c5d246...} is Ethereum's KECCAK_EMPTY constant). SHA-256: FIPS 180-4
 * examples ("abc") and the NIST empty-message digest.
 */
class HashKnownAnswerTest {

  @Test
  void keccakOfEmptyStringIsEthereumEmptyCodeHash() {
    assertThat(Keccak256.digest(new byte[0]))
        .isEqualTo(
            Bytes32.fromHex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
  }

  @Test
  void keccakOfAbc() {
    assertThat(Keccak256.digest("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(
            Bytes32.fromHex("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
  }

  @Test
  void sha256OfEmptyAndAbc() {
    assertThat(Sha256.digest(new byte[0]))
        .isEqualTo(
            Bytes32.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assertThat(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(
            Bytes32.fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }

  @Test
  void combineEqualsHashOfConcatenation() {
    byte[] in = new byte[64];
    for (int i = 0; i < 64; i++) {
      in[i] = (byte) i;
    }
    for (Hasher h : new Hasher[] {Keccak256.INSTANCE, Sha256.INSTANCE}) {
      byte[] out = new byte[32];
      h.combine(in, 0, out, 0);
      assertThat(Bytes32.wrap(out)).as(h.name()).isEqualTo(h.hash(in));
    }
  }
}
