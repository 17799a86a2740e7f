package io.rampart.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keccak-256 against the Keccak team's ShortMsgKAT_256 answers (see the header of the resource file
 * for provenance), through {@link Keccak256#hash}, through {@link Keccak256#combine} for the
 * 64-byte message, and with the message placed at an offset inside a larger array.
 */
class Keccak256KnownAnswerTest {

  record Vector(int bits, byte[] msg, Bytes32 md) {
    @Override
    public String toString() {
      return "Len = " + bits;
    }
  }

  static List<Vector> vectors() throws IOException {
    List<Vector> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                Keccak256KnownAnswerTest.class.getResourceAsStream("keccak256-shortmsgkat.txt"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int bits = -1;
      byte[] msg = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("Len = ")) {
          bits = Integer.parseInt(line.substring(6));
        } else if (line.startsWith("Msg = ")) {
          msg = HexFormat.of().parseHex(line.substring(6));
        } else if (line.startsWith("MD = ")) {
          assertThat(msg).hasSize(bits / 8);
          out.add(new Vector(bits, msg, Bytes32.fromHex(line.substring(5))));
        }
      }
    }
    return out;
  }

  static Stream<Vector> kat() throws IOException {
    return vectors().stream();
  }

  @Test
  void fileCoversEveryByteLengthUpTo255IncludingTheRateBoundary() throws IOException {
    List<Integer> lengths = vectors().stream().map(v -> v.msg().length).toList();
    assertThat(lengths).hasSize(255).contains(64, 135, 136, 137, 255);
  }

  @ParameterizedTest
  @MethodSource("kat")
  void hashMatchesKnownAnswer(Vector v) {
    assertThat(Keccak256.digest(v.msg())).isEqualTo(v.md());
  }

  @ParameterizedTest
  @MethodSource("kat")
  void hashAtAnOffsetMatchesKnownAnswer(Vector v) {
    byte[] padded = new byte[v.msg().length + 11];
    Arrays.fill(padded, (byte) 0x5a);
    System.arraycopy(v.msg(), 0, padded, 7, v.msg().length);
    assertThat(Keccak256.INSTANCE.hash(padded, 7, v.msg().length)).isEqualTo(v.md());
  }

  @Test
  void combineMatchesTheSixtyFourByteKnownAnswer() throws IOException {
    Vector v = vectors().stream().filter(x -> x.bits() == 512).findFirst().orElseThrow();
    byte[] in = new byte[3 + 64];
    System.arraycopy(v.msg(), 0, in, 3, 64);
    byte[] out = new byte[5 + 32];
    Keccak256.INSTANCE.combine(in, 3, out, 5);
    assertThat(Bytes32.wrap(Arrays.copyOfRange(out, 5, 37))).isEqualTo(v.md());
  }

  @Test
  void combineMayWriteOverItsOwnInput() throws IOException {
    Vector v = vectors().stream().filter(x -> x.bits() == 512).findFirst().orElseThrow();
    byte[] buf = v.msg().clone();
    Keccak256.INSTANCE.combine(buf, 0, buf, 0);
    assertThat(Bytes32.wrap(Arrays.copyOf(buf, 32))).isEqualTo(v.md());
  }
}
