package io.rampart.stark.fri;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.options.ProofOptions;

/**
 * Shapes shared by prover and verifier: the LDE domain is the coset 7·⟨ω_N⟩, N = n·blowup; FRI
 * layer j works on the coset 7^(k^j)·⟨ω_{N/k^j}⟩ and commits N/k^j/k leaves of k elements each
 * (leaf i holds the points i, i + N_j/k, ..., i + (k-1)·N_j/k); folding stops once the degree bound
 * n/k^L is at most the options' remainder size.
 */
public record FriLayout(int traceLength, int ldeSize, int folding, int layers, int remainderSize) {
  /** The coset shift of the LDE domain. */
  public static final long LDE_SHIFT = Goldilocks.GENERATOR;

  public static FriLayout of(ProofOptions o, int traceLength) {
    int layers = 0;
    int degree = traceLength;
    while (degree > o.remainderCoefficients()) {
      degree /= o.foldingFactor();
      layers++;
    }
    return new FriLayout(traceLength, traceLength * o.blowup(), o.foldingFactor(), layers, degree);
  }

  /** Size of the evaluation domain of layer j (j = layers is the remainder's domain). */
  public int domainSize(int j) {
    int s = ldeSize;
    for (int i = 0; i < j; i++) {
      s /= folding;
    }
    return s;
  }

  /** Coset shift of layer j's domain: 7^(k^j). */
  public long shift(int j) {
    long s = LDE_SHIFT;
    for (int i = 0; i < j; i++) {
      s = Goldilocks.pow(s, folding);
    }
    return s;
  }

  /** The point with index {@code index} of layer j's domain. */
  public long point(int j, int index) {
    int size = domainSize(j);
    return Goldilocks.mul(
        shift(j),
        Goldilocks.pow(Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(size)), index));
  }
}
