package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PublicKeyTest {
  /** The generator G (SEC 2, section 2.4.1), uncompressed. */
  private static final String G =
      "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
          + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  @Test
  void allThreeEncodingsParseToTheSameKey() {
    PublicKey fromUncompressed = PublicKey.parse(hex(G)).orElseThrow();
    PublicKey fromRaw = PublicKey.parse(hex(G.substring(2))).orElseThrow();
    PublicKey fromCompressed =
        PublicKey.parse(hex("02" + G.substring(2, 66))).orElseThrow(); // y is even

    assertThat(fromRaw).isEqualTo(fromUncompressed).isEqualTo(fromCompressed);
    assertThat(fromCompressed.toUncompressed()).isEqualTo(hex(G));
    assertThat(fromUncompressed.toCompressed()).isEqualTo(hex("02" + G.substring(2, 66)));
    assertThat(fromUncompressed.toBytes()).isEqualTo(hex(G.substring(2)));
  }

  @Test
  void pointOffTheCurveIsRejected() {
    byte[] bad = hex(G);
    bad[64] ^= 1; // change y
    assertThat(PublicKey.parse(bad)).isEmpty();
  }

  @Test
  void compressedXWithNoPointIsRejected() {
    byte[] x = Curve.toBytes32(Secp256k1BackendContract.firstXOffTheCurve());
    byte[] enc = new byte[33];
    enc[0] = 0x02;
    System.arraycopy(x, 0, enc, 1, 32);
    assertThat(PublicKey.parse(enc)).isEmpty();
  }

  @Test
  void coordinateNotBelowPIsRejected() {
    byte[] enc = new byte[33];
    enc[0] = 0x02;
    System.arraycopy(Curve.toBytes32(Curve.P.add(BigInteger.ONE)), 0, enc, 1, 32);
    assertThat(PublicKey.parse(enc)).isEmpty();
    byte[] ff = new byte[65];
    java.util.Arrays.fill(ff, (byte) 0xff);
    ff[0] = 0x04;
    assertThat(PublicKey.parse(ff)).isEmpty();
  }

  @Test
  void wrongPrefixesAndLengthsAreRejected() {
    byte[] hybrid = hex(G);
    hybrid[0] = 0x06;
    assertThat(PublicKey.parse(hybrid)).isEmpty();
    byte[] compressedWithBadPrefix = hex("04" + G.substring(2, 66));
    assertThat(PublicKey.parse(compressedWithBadPrefix)).isEmpty();
    assertThat(PublicKey.parse(new byte[] {0})).isEmpty(); // the point at infinity
    assertThat(PublicKey.parse(new byte[0])).isEmpty();
    assertThat(PublicKey.parse(new byte[66])).isEmpty();
    assertThat(PublicKey.parse(null)).isEmpty();
  }
}
