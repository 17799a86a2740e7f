package io.rampart.crypto.poseidon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.field.FieldArbitraries;
import io.rampart.crypto.field.Goldilocks;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The optimised permutation (lazy reductions, split-halves linear layers) against the literal
 * BigInteger one, on edge-heavy states: all zeros, all p - 1, values at and above p.
 */
class Poseidon2PropertyTest {

  @Provide
  Arbitrary<long[]> states() {
    Arbitrary<Long> element =
        Arbitraries.frequencyOf(
            Tuple.of(3, FieldArbitraries.canonical()), Tuple.of(1, FieldArbitraries.anyU64()));
    Arbitrary<long[]> mixed =
        element.list().ofSize(Poseidon2.WIDTH).map(l -> l.stream().mapToLong(x -> x).toArray());
    Arbitrary<long[]> uniform =
        Arbitraries.of(0L, 1L, Goldilocks.P - 1, Goldilocks.P, -1L)
            .map(
                v -> {
                  long[] s = new long[Poseidon2.WIDTH];
                  Arrays.fill(s, v);
                  return s;
                });
    return Arbitraries.frequencyOf(Tuple.of(1, uniform), Tuple.of(6, mixed));
  }

  @Property(tries = 150)
  void matchesBigIntegerReference(@ForAll("states") long[] input) {
    long[] state = input.clone();
    Poseidon2.permute(state);
    assertThat(state).containsExactly(Poseidon2Reference.permute(input));
    for (long x : state) {
      assertThat(Goldilocks.isCanonical(x)).isTrue();
    }
  }

  @Property(tries = 100)
  void inputsAreReadModuloP(@ForAll("states") long[] input) {
    long[] reduced = Arrays.stream(input).map(Goldilocks::reduce).toArray();
    long[] a = input.clone();
    Poseidon2.permute(a);
    Poseidon2.permute(reduced);
    assertThat(a).containsExactly(reduced);
  }

  @Property(tries = 100)
  void distinctStatesStayDistinct(
      @ForAll("states") long[] input,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 11) int index) {
    long[] a = Arrays.stream(input).map(Goldilocks::reduce).toArray();
    long[] b = a.clone();
    b[index] = Goldilocks.add(b[index], 1);
    Poseidon2.permute(a);
    Poseidon2.permute(b);
    assertThat(a).isNotEqualTo(b);
    int differing = 0;
    for (int i = 0; i < a.length; i++) {
      differing += a[i] != b[i] ? 1 : 0;
    }
    assertThat(differing).as("a one-element change diffuses to every output").isEqualTo(12);
  }

  @Test
  void rejectsStatesOfTheWrongWidth() {
    for (int width : List.of(0, 8, 11, 13, 16)) {
      assertThatThrownBy(() -> Poseidon2.permute(new long[width]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("12");
    }
  }
}
