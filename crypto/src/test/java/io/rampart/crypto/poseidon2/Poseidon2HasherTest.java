package io.rampart.crypto.poseidon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.field.FieldArbitraries;
import io.rampart.crypto.field.Goldilocks;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Poseidon2HasherTest {
  private static final Poseidon2Hasher H = Poseidon2Hasher.INSTANCE;

  @Provide
  Arbitrary<Bytes32> nodes() {
    return FieldArbitraries.canonical()
        .list()
        .ofSize(4)
        .map(l -> Poseidon2Hasher.toNode(l.stream().mapToLong(Long::longValue).toArray()));
  }

  @Provide
  Arbitrary<byte[]> data() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
  }

  @Property(tries = 200)
  void combineIsTheTruncatedPermutationAndMatchesTheArrayForm(
      @ForAll("nodes") Bytes32 left, @ForAll("nodes") Bytes32 right) {
    long[] state = new long[12];
    System.arraycopy(Poseidon2Hasher.toElements(left), 0, state, 0, 4);
    System.arraycopy(Poseidon2Hasher.toElements(right), 0, state, 4, 4);
    long[] in = Arrays.copyOf(state, 8);
    Poseidon2.permute(state);
    Bytes32 expected = Poseidon2Hasher.toNode(Arrays.copyOf(state, 4));

    assertThat(H.combine(left, right)).isEqualTo(expected);
    long[] out = new long[5];
    Poseidon2Hasher.compress(in, 0, out, 1);
    assertThat(Poseidon2Hasher.toNode(Arrays.copyOfRange(out, 1, 5))).isEqualTo(expected);
    assertThat(H.isValidNode(expected)).isTrue();
  }

  @Property(tries = 100)
  void combineChangesWithEveryBitOfEitherNode(
      @ForAll("nodes") Bytes32 left, @ForAll("nodes") Bytes32 right) {
    Bytes32 honest = H.combine(left, right);
    for (int bit = 0; bit < 512; bit++) {
      Bytes32 l = bit < 256 ? left.flipBit(bit) : left;
      Bytes32 r = bit < 256 ? right : right.flipBit(bit - 256);
      if (H.isValidNode(l) && H.isValidNode(r)) {
        assertThat(H.combine(l, r)).as("bit %d", bit).isNotEqualTo(honest);
      } else {
        assertThatThrownBy(() -> H.combine(l, r)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Property(tries = 100)
  void hashChangesWithEveryBitOfTheInput(@ForAll("data") byte[] data) {
    Bytes32 honest = H.hash(data);
    assertThat(H.isValidNode(honest)).isTrue();
    for (int bit = 0; bit < 8 * data.length; bit++) {
      byte[] tampered = data.clone();
      tampered[bit >>> 3] ^= (byte) (1 << (bit & 7));
      assertThat(H.hash(tampered)).as("bit %d", bit).isNotEqualTo(honest);
    }
  }

  @Test
  void nonCanonicalLimbsAreInvalidAndRejectedByCombine() {
    Bytes32 good = Poseidon2Hasher.toNode(new long[] {1, 2, 3, 4});
    for (long bad : new long[] {Goldilocks.P, Goldilocks.P + 1, -1L}) {
      for (int limb = 0; limb < 4; limb++) {
        byte[] raw = good.toArray();
        Goldilocks.toBytes(bad, raw, 8 * limb);
        Bytes32 node = Bytes32.wrap(raw);
        assertThat(H.isValidNode(node)).as("limb %d = %x", limb, bad).isFalse();
        assertThatThrownBy(() -> H.combine(node, good))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("left node");
        assertThatThrownBy(() -> H.combine(good, node))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("right node");
      }
    }
    // p - 1 in every limb is the largest valid node.
    long max = Goldilocks.P - 1;
    assertThat(H.isValidNode(Poseidon2Hasher.toNode(new long[] {max, max, max, max}))).isTrue();
  }

  @Test
  void rejectedCombineWritesNothing() {
    byte[] in = new byte[64];
    Goldilocks.toBytes(Goldilocks.P, in, 40);
    byte[] out = new byte[32];
    Arrays.fill(out, (byte) 0x5A);
    assertThatThrownBy(() -> H.combine(in, 0, out, 0)).isInstanceOf(IllegalArgumentException.class);
    byte[] expected = new byte[32];
    Arrays.fill(expected, (byte) 0x5A);
    assertThat(out).containsExactly(expected);
    long[] bad = {0, 0, 0, 0, 0, 0, 0, Goldilocks.P};
    assertThatThrownBy(() -> Poseidon2Hasher.compress(bad, 0, new long[4], 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leafHashIsSeparatedFromCompression() {
    byte[] in = new byte[64];
    new SplittableRandom(7).nextBytes(in);
    for (int i = 0; i < 8; i++) {
      in[8 * i + 7] &= 0x7F; // keep every limb canonical
    }
    byte[] out = new byte[32];
    H.combine(in, 0, out, 0);
    assertThat(H.hash(in)).isNotEqualTo(Bytes32.wrap(out));
  }

  @Test
  void hashHonoursOffsetsAndNodesRoundTrip() {
    byte[] data = new byte[100];
    new SplittableRandom(8).nextBytes(data);
    assertThat(H.hash(data, 10, 50)).isEqualTo(H.hash(Arrays.copyOfRange(data, 10, 60)));
    assertThat(H.name()).isEqualTo("poseidon2-goldilocks");
    Bytes32 node = H.hash(data);
    assertThat(Poseidon2Hasher.toNode(Poseidon2Hasher.toElements(node))).isEqualTo(node);
    assertThatThrownBy(() -> Poseidon2Hasher.toNode(new long[] {0, 0, 0, Goldilocks.P}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<long[]> canonicalPairs() {
    return Combinators.combine(
            FieldArbitraries.canonical().list().ofSize(4),
            FieldArbitraries.canonical().list().ofSize(4))
        .as(
            (l, r) -> {
              long[] in = new long[8];
              for (int i = 0; i < 4; i++) {
                in[i] = l.get(i);
                in[4 + i] = r.get(i);
              }
              return in;
            });
  }

  @Property(tries = 100)
  void swappingChildrenChangesTheParent(@ForAll("canonicalPairs") long[] in) {
    long[] swapped = new long[8];
    System.arraycopy(in, 4, swapped, 0, 4);
    System.arraycopy(in, 0, swapped, 4, 4);
    long[] a = new long[4];
    long[] b = new long[4];
    Poseidon2Hasher.compress(in, 0, a, 0);
    Poseidon2Hasher.compress(swapped, 0, b, 0);
    if (!Arrays.equals(in, swapped)) {
      assertThat(a).isNotEqualTo(b);
    }
  }
}
