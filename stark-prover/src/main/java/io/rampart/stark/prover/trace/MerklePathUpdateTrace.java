package io.rampart.stark.prover.trace;

import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.merkle.MerklePathUpdateAir;
import io.rampart.stark.air.poseidon.Poseidon2Rounds;

/** Trace generation for {@link MerklePathUpdateAir}. */
public final class MerklePathUpdateTrace {
  private MerklePathUpdateTrace() {}

  /**
   * The trace for updating {@code oldLeaf} to {@code newLeaf} at {@code index} with {@code
   * siblings[k]} the sibling at level k (leaf level first).
   */
  public static TraceTable generate(long[] oldLeaf, long[] newLeaf, long index, long[][] siblings) {
    int depth = siblings.length;
    int n = depth * Poseidon2Rounds.CYCLE;
    long[][] cols = new long[MerklePathUpdateAir.WIDTH][n];
    long[] oldNode = oldLeaf.clone();
    long[] newNode = newLeaf.clone();
    for (int k = 0; k < depth; k++) {
      long bit = (index >>> k) & 1;
      long[] sib = siblings[k];
      long[] sOld = input(oldNode, sib, bit);
      long[] sNew = input(newNode, sib, bit);
      int base = k * Poseidon2Rounds.CYCLE;
      for (int t = 0; t < Poseidon2Rounds.CYCLE; t++) {
        int r = base + t;
        if (t > 0) {
          // Row t holds the state after steps 0..t-1 applied to the composed input.
          for (int i = 0; i < 12; i++) {
            cols[MerklePathUpdateAir.OLD + i][r] = sOld[i];
            cols[MerklePathUpdateAir.NEW + i][r] = sNew[i];
          }
        }
        for (int j = 0; j < 4; j++) {
          cols[MerklePathUpdateAir.CARRY_OLD + j][r] = oldNode[j];
          cols[MerklePathUpdateAir.CARRY_NEW + j][r] = newNode[j];
          cols[MerklePathUpdateAir.SIB + j][r] = sib[j];
        }
        cols[MerklePathUpdateAir.BIT][r] = bit;
        if (t < Poseidon2Rounds.CYCLE - 1) {
          Poseidon2Rounds.step(t, sOld);
          Poseidon2Rounds.step(t, sNew);
        }
      }
      oldNode = java.util.Arrays.copyOf(sOld, 4);
      newNode = java.util.Arrays.copyOf(sNew, 4);
    }
    return new TraceTable(cols);
  }

  private static long[] input(long[] node, long[] sib, long bit) {
    long[] s = new long[12];
    System.arraycopy(bit == 0 ? node : sib, 0, s, 0, 4);
    System.arraycopy(bit == 0 ? sib : node, 0, s, 4, 4);
    return s;
  }
}
