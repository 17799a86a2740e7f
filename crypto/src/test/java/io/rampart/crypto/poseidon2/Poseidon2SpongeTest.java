package io.rampart.crypto.poseidon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.field.Felt;
import io.rampart.crypto.field.FieldArbitraries;
import io.rampart.crypto.field.Goldilocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The sponge against its documented definition, and its padding rules against collisions. */
class Poseidon2SpongeTest {

  /** The documented construction, spelled out with the bare permutation. */
  private static long[] spongeByDefinition(long tag, long[] paddedElements) {
    assertThat(paddedElements.length % Poseidon2Sponge.RATE).isZero();
    long[] s = new long[Poseidon2.WIDTH];
    s[8] = tag;
    for (int block = 0; block < paddedElements.length; block += 8) {
      for (int i = 0; i < 8; i++) {
        s[i] = Goldilocks.add(s[i], paddedElements[block + i]);
      }
      Poseidon2.permute(s);
    }
    return Arrays.copyOf(s, 4);
  }

  private static long[] padElements(long[] in) {
    int len = (in.length / 8 + 1) * 8;
    long[] padded = Arrays.copyOf(in, len);
    padded[in.length] = 1;
    return padded;
  }

  private static long[] packBytes(byte[] in) {
    int paddedLen = (in.length / 7 + 1) * 7;
    byte[] padded = Arrays.copyOf(in, paddedLen);
    padded[in.length] = 1;
    int elements = paddedLen / 7;
    long[] out = new long[(elements + 7) / 8 * 8];
    for (int e = 0; e < elements; e++) {
      for (int k = 6; k >= 0; k--) {
        out[e] = (out[e] << 8) | (padded[7 * e + k] & 0xFF);
      }
    }
    return out;
  }

  @Test
  void elementsModeFollowsItsDefinition() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int n = 0; n <= 25; n++) {
      long[] in = new long[n];
      for (int i = 0; i < n; i++) {
        in[i] = Goldilocks.reduce(rnd.nextLong());
      }
      assertThat(Poseidon2Sponge.hashElements(in))
          .as("length %d", n)
          .containsExactly(spongeByDefinition(Poseidon2Sponge.TAG_ELEMENTS, padElements(in)));
    }
  }

  @Test
  void bytesModeFollowsItsDefinition() {
    SplittableRandom rnd = new SplittableRandom(2);
    for (int n = 0; n <= 130; n++) {
      byte[] in = new byte[n];
      rnd.nextBytes(in);
      assertThat(Poseidon2Sponge.hashBytes(in))
          .as("length %d", n)
          .containsExactly(spongeByDefinition(Poseidon2Sponge.TAG_BYTES, packBytes(in)));
    }
  }

  @Test
  void allShortElementStringsOverZeroAndOneHashApart() {
    Set<List<Long>> digests = new HashSet<>();
    int count = 0;
    for (int len = 0; len <= 10; len++) {
      for (int bits = 0; bits < (1 << len); bits++) {
        long[] in = new long[len];
        for (int i = 0; i < len; i++) {
          in[i] = (bits >>> i) & 1;
        }
        digests.add(asList(Poseidon2Sponge.hashElements(in)));
        count++;
      }
    }
    assertThat(digests).hasSize(count);
  }

  @Test
  void allShortByteStringsOverZeroAndOneHashApart() {
    Set<List<Long>> digests = new HashSet<>();
    int count = 0;
    for (int len = 0; len <= 12; len++) {
      for (int bits = 0; bits < (1 << len); bits++) {
        byte[] in = new byte[len];
        for (int i = 0; i < len; i++) {
          in[i] = (byte) ((bits >>> i) & 1);
        }
        digests.add(asList(Poseidon2Sponge.hashBytes(in)));
        count++;
      }
    }
    assertThat(digests).hasSize(count);
  }

  @Provide
  Arbitrary<byte[]> shortBytes() {
    return Arbitraries.bytes().between((byte) 0, (byte) 2).array(byte[].class).ofMaxSize(70);
  }

  /** Suffixes that a careless padding rule would confuse with its own padding. */
  @Property(tries = 300)
  void paddingLikeSuffixesChangeTheBytesHash(
      @ForAll("shortBytes") byte[] data, @ForAll @IntRange(min = 1, max = 15) int extra) {
    byte[] zeros = Arrays.copyOf(data, data.length + extra);
    byte[] marker = zeros.clone();
    marker[data.length] = 1;
    long[] base = Poseidon2Sponge.hashBytes(data);
    assertThat(Poseidon2Sponge.hashBytes(zeros)).isNotEqualTo(base);
    assertThat(Poseidon2Sponge.hashBytes(marker)).isNotEqualTo(base);
    assertThat(Poseidon2Sponge.hashBytes(marker)).isNotEqualTo(Poseidon2Sponge.hashBytes(zeros));
  }

  @Provide
  Arbitrary<List<Long>> shortElements() {
    return Arbitraries.of(0L, 1L, 2L, Goldilocks.P - 1).list().ofMaxSize(20);
  }

  @Property(tries = 300)
  void paddingLikeSuffixesChangeTheElementsHash(
      @ForAll("shortElements") List<Long> data, @ForAll @IntRange(min = 1, max = 10) int extra) {
    long[] in = data.stream().mapToLong(Long::longValue).toArray();
    long[] zeros = Arrays.copyOf(in, in.length + extra);
    long[] marker = zeros.clone();
    marker[in.length] = 1;
    long[] base = Poseidon2Sponge.hashElements(in);
    assertThat(Poseidon2Sponge.hashElements(zeros)).isNotEqualTo(base);
    assertThat(Poseidon2Sponge.hashElements(marker)).isNotEqualTo(base);
  }

  @Provide
  Arbitrary<long[]> canonicalElements() {
    return FieldArbitraries.canonical()
        .list()
        .ofMaxSize(20)
        .map(l -> l.stream().mapToLong(Long::longValue).toArray());
  }

  @Property(tries = 200)
  void outputsAreCanonicalAndTheFeltFormAgrees(@ForAll("canonicalElements") long[] in) {
    long[] out = Poseidon2Sponge.hashElements(in);
    for (long x : out) {
      assertThat(Goldilocks.isCanonical(x)).isTrue();
    }
    List<Felt> felts = new ArrayList<>();
    for (long x : in) {
      felts.add(Felt.of(x));
    }
    assertThat(Poseidon2Sponge.hash(felts).stream().mapToLong(Felt::value).toArray())
        .containsExactly(out);
  }

  @Test
  void modesAreDomainSeparated() {
    assertThat(Poseidon2Sponge.hashBytes(new byte[0]))
        .isNotEqualTo(Poseidon2Sponge.hashElements(new long[0]));
    // The bytes 01 00 .. 00 pack to the element 1, as does the padded empty byte string.
    long[] one = {1};
    assertThat(Poseidon2Sponge.hashElements(one))
        .isNotEqualTo(Poseidon2Sponge.hashBytes(new byte[0]));
    long[] eight = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] compressed = new long[4];
    Poseidon2Hasher.compress(eight, 0, compressed, 0);
    assertThat(Poseidon2Sponge.hashElements(eight)).isNotEqualTo(compressed);
  }

  @Test
  void rangesAndBadInputs() {
    byte[] data = new byte[50];
    new SplittableRandom(3).nextBytes(data);
    long[] out = new long[6];
    Poseidon2Sponge.hashBytes(data, 5, 30, out, 2);
    assertThat(Arrays.copyOfRange(out, 2, 6))
        .containsExactly(Poseidon2Sponge.hashBytes(Arrays.copyOfRange(data, 5, 35)));
    assertThatThrownBy(() -> Poseidon2Sponge.hashBytes(data, 40, 11, out, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    long[] bad = {1, Goldilocks.P, 2};
    long[] untouched = {9, 9, 9, 9};
    assertThatThrownBy(() -> Poseidon2Sponge.hashElements(bad, 0, 3, untouched, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("element 1");
    assertThat(untouched).containsExactly(9, 9, 9, 9);
  }

  private static List<Long> asList(long[] a) {
    return Arrays.stream(a).boxed().toList();
  }
}
