package io.rampart.stark.prover.trace;

import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.poseidon.Poseidon2WideRow;

/** Trace generation for {@link io.rampart.stark.air.poseidon.Poseidon2WideChainAir}. */
public final class Poseidon2WideChainTrace {
  private Poseidon2WideChainTrace() {}

  /** The trace of {@code permutations} chained permutations starting from {@code input}. */
  public static TraceTable generate(int permutations, long[] input) {
    int w = Poseidon2WideRow.WIDTH;
    long[][] cols = new long[w][permutations];
    long[] row = new long[w];
    long[] s = input.clone();
    for (int r = 0; r < permutations; r++) {
      Poseidon2WideRow.fill(s, row);
      for (int c = 0; c < w; c++) {
        cols[c][r] = row[c];
      }
      System.arraycopy(row, Poseidon2WideRow.OUT, s, 0, Poseidon2WideRow.STATE);
    }
    return new TraceTable(cols);
  }

  /** The chain's output: the last row's output columns. */
  public static long[] output(TraceTable t) {
    long[] out = new long[Poseidon2WideRow.STATE];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.get(Poseidon2WideRow.OUT + i, t.length() - 1);
    }
    return out;
  }
}
