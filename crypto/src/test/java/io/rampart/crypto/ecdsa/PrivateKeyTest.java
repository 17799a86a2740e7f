package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrivateKeyTest {
  private static final String ANVIL_KEY =
      "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  @Test
  void rangeIsOneToNMinusOne() {
    assertThat(PrivateKey.fromBytes(new byte[32])).isEmpty();
    assertThat(PrivateKey.fromBytes(Curve.toBytes32(Curve.N))).isEmpty();
    assertThat(PrivateKey.fromBytes(Curve.toBytes32(Curve.N.add(BigInteger.ONE)))).isEmpty();
    assertThat(PrivateKey.fromBytes(Curve.toBytes32(Curve.N.subtract(BigInteger.ONE)))).isPresent();
    assertThat(PrivateKey.fromBytes(Curve.toBytes32(BigInteger.ONE))).isPresent();
  }

  @Test
  void malformedInputIsEmptyNotAnException() {
    assertThat(PrivateKey.fromBytes(new byte[31])).isEmpty();
    assertThat(PrivateKey.fromBytes(null)).isEmpty();
    assertThat(PrivateKey.fromHex("0x1234")).isEmpty();
    assertThat(PrivateKey.fromHex("zz" + ANVIL_KEY.substring(2))).isEmpty();
  }

  @Test
  void toStringNeverShowsTheSecret() {
    PrivateKey key = PrivateKey.fromHex(ANVIL_KEY).orElseThrow();
    String shown = key.toString();
    assertThat(shown).doesNotContainIgnoringCase(ANVIL_KEY);
    assertThat(shown).doesNotContainIgnoringCase(ANVIL_KEY.substring(0, 8));
    assertThat(shown).contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  }

  @Test
  void generationIsReproducibleFromASeedAndInRange() {
    PrivateKey a = PrivateKey.generate(new SplittableRandom(42));
    PrivateKey b = PrivateKey.generate(new SplittableRandom(42));
    PrivateKey c = PrivateKey.generate(new SplittableRandom(43));

    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(Curve.isScalar(new BigInteger(1, a.toBytes()))).isTrue();
  }

  @Test
  void generationRejectsOutOfRangeDraws() {
    // A source that first yields all-0xff (>= n), then all-zero (0), then 0x01 repeated.
    byte[][] draws = {filled((byte) 0xff), new byte[32], filled((byte) 0x01)};
    java.util.random.RandomGenerator scripted =
        new java.util.random.RandomGenerator() {
          int next;

          @Override
          public long nextLong() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(draws[next++], 0, bytes, 0, 32);
          }
        };
    assertThat(PrivateKey.generate(scripted).toBytes()).isEqualTo(filled((byte) 0x01));
  }

  @Test
  void keyBytesRoundTrip() {
    PrivateKey key = PrivateKey.fromHex("0x" + ANVIL_KEY).orElseThrow();
    assertThat(key.toBytes()).isEqualTo(HexFormat.of().parseHex(ANVIL_KEY));
  }

  private static byte[] filled(byte b) {
    byte[] out = new byte[32];
    java.util.Arrays.fill(out, b);
    return out;
  }
}
