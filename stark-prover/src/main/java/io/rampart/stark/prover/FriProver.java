package io.rampart.stark.prover;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.fri.FriFold;
import io.rampart.stark.fri.FriLayout;
import io.rampart.stark.math.Ntt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** FRI commit phase: layer matrices (one leaf per folding coset) and folding. */
final class FriProver {
  private FriProver() {}

  /** Leaf i of a layer: the k values at i + t·(size/k), as (c0, c1) pairs. */
  static long[][] leafColumns(long[] v0, long[] v1, int k) {
    int size = v0.length;
    int leaves = size / k;
    long[][] cols = new long[2 * k][leaves];
    for (int t = 0; t < k; t++) {
      System.arraycopy(v0, t * leaves, cols[2 * t], 0, leaves);
      System.arraycopy(v1, t * leaves, cols[2 * t + 1], 0, leaves);
    }
    return cols;
  }

  /** Folds layer j's values with alpha into the next layer's values. */
  static long[][] fold(FriLayout layout, int j, long[] v0, long[] v1, Ext2 alpha) {
    int k = layout.folding();
    int leaves = v0.length / k;
    long shift = layout.shift(j);
    long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(v0.length));
    long omegaInv = Goldilocks.inverse(omega);
    long[] n0 = new long[leaves];
    long[] n1 = new long[leaves];
    int chunk = 1024;
    IntStream.range(0, (leaves + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              int start = c * chunk;
              int end = Math.min(leaves, start + chunk);
              long xInv = Goldilocks.inverse(Goldilocks.mul(shift, Goldilocks.pow(omega, start)));
              Ext2[] vals = new Ext2[k];
              for (int i = start; i < end; i++) {
                for (int t = 0; t < k; t++) {
                  vals[t] = new Ext2(v0[i + t * leaves], v1[i + t * leaves]);
                }
                Ext2 f = FriFold.foldWithInverse(vals, xInv, alpha);
                n0[i] = f.c0();
                n1[i] = f.c1();
                xInv = Goldilocks.mul(xInv, omegaInv);
              }
            });
    return new long[][] {n0, n1};
  }

  /** The remainder's coefficients (the first {@code count}) from its evaluations. */
  static Ext2[] remainder(long[] v0, long[] v1, long shift, int count) {
    long[] c0 = v0.clone();
    long[] c1 = v1.clone();
    Ntt.inverseCoset(c0, shift);
    Ntt.inverseCoset(c1, shift);
    List<Ext2> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new Ext2(c0[i], c1[i]));
    }
    return out.toArray(new Ext2[0]);
  }
}
