package io.rampart.stark.prover.trace;

import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.poseidon.Poseidon2Rounds;

/** Trace generation for {@link io.rampart.stark.air.poseidon.Poseidon2ChainAir}. */
public final class Poseidon2ChainTrace {
  private Poseidon2ChainTrace() {}

  /** The trace of {@code permutations} chained permutations starting from {@code input}. */
  public static TraceTable generate(int permutations, long[] input) {
    int w = Poseidon2Rounds.WIDTH;
    int n = permutations * Poseidon2Rounds.CYCLE;
    long[][] cols = new long[w][n];
    long[] s = input.clone();
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < w; i++) {
        cols[i][r] = s[i];
      }
      Poseidon2Rounds.step(r % Poseidon2Rounds.CYCLE, s);
    }
    return new TraceTable(cols);
  }

  /** The last row (the chain's output). */
  public static long[] output(TraceTable t) {
    long[] out = new long[t.width()];
    t.readRow(t.length() - 1, out);
    return out;
  }
}
