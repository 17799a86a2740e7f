package io.rampart.stark.air.poseidon;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Poseidon2WideRowTest {
  static long[] filled(long[] input) {
    long[] row = new long[Poseidon2WideRow.WIDTH];
    Poseidon2WideRow.fill(input, row);
    return row;
  }

  static long[] output(long[] row) {
    long[] out = new long[12];
    System.arraycopy(row, Poseidon2WideRow.OUT, out, 0, 12);
    return out;
  }

  @Property(tries = 50)
  void theRowsOutputIsThePermutation(@ForAll long seed) {
    long[] in = Poseidon2RoundsTest.randomState(seed);
    long[] expected = in.clone();
    Poseidon2.permute(expected);
    assertThat(output(filled(in))).containsExactly(expected);
  }

  @Test
  void zeroInputMatchesThePermutation() {
    long[] expected = new long[12];
    Poseidon2.permute(expected);
    assertThat(output(filled(new long[12]))).containsExactly(expected);
  }

  /** An honest row and its successor satisfy every constraint; one changed cell breaks its own. */
  @Property(tries = 30)
  void constraintsVanishOnHonestRowsAndCatchEachChangedCell(@ForAll long seed) {
    long[] cur = filled(Poseidon2RoundsTest.randomState(seed));
    long[] next = filled(output(cur));
    long[] out = new long[Poseidon2WideRow.WIDTH];
    Poseidon2WideRow.constraints(cur, next, out);
    assertThat(out).containsOnly(0L);
    int col = (int) Math.floorMod(seed, (long) Poseidon2WideRow.WIDTH);
    long[] bad = cur.clone();
    bad[col] = Goldilocks.add(bad[col], 1);
    Poseidon2WideRow.constraints(bad, next, out);
    // The changed cell's own constraint fails; for a first-round column that is the previous row's
    // transition, not seen here, and the second full round, which reads it, fails instead.
    int own = col < 12 ? Poseidon2WideRow.full(1, 0) : col;
    assertThat(out[own]).isNotZero();
  }

  /** The transition: the next row's first round is computed from this row's output. */
  @Property(tries = 20)
  void theNextRowsFirstRoundReadsThisOutput(@ForAll long seed) {
    long[] cur = filled(Poseidon2RoundsTest.randomState(seed));
    long[] first = Poseidon2WideRow.firstRound(output(cur));
    for (int i = 0; i < 12; i++) {
      assertThat(filled(output(cur))[Poseidon2WideRow.full(0, i)]).isEqualTo(first[i]);
    }
    long[] next = filled(Poseidon2RoundsTest.randomState(seed + 1));
    long[] out = new long[Poseidon2WideRow.WIDTH];
    Poseidon2WideRow.constraints(cur, next, out);
    assertThat(out[0]).isNotZero();
  }

  @Test
  void layoutCountsColumns() {
    assertThat(Poseidon2WideRow.WIDTH).isEqualTo(7 * 12 + 22 + 12);
    assertThat(Poseidon2WideRow.partial(21)).isEqualTo(Poseidon2WideRow.full(4, 0) - 1);
    assertThat(Poseidon2WideRow.full(6, 11)).isEqualTo(Poseidon2WideRow.OUT - 1);
    assertThat(Poseidon2WideRow.full(3, 11)).isEqualTo(Poseidon2WideRow.PARTIAL - 1);
  }
}
