package io.rampart.stark.air;

import io.rampart.crypto.field.Ext2;
import java.util.List;

/**
 * An algebraic intermediate representation: a statement about a trace of {@link #width()} columns
 * and {@link #traceLength()} rows (a power of two). Transition constraints relate each row to the
 * next (they must vanish on every row but the last); the last {@link #rowConstraints()} of them
 * read the current row only and must vanish on every row, the last included; assertions pin single
 * cells; periodic columns are public columns that repeat with a power-of-two period.
 *
 * <p>Both evaluation methods compute the same polynomials, once over the base field (prover, on the
 * low-degree extension) and once over the quadratic extension (verifier, at the out-of-domain
 * point). Instances are immutable and thread-safe.
 */
public interface Air {
  /** Stable name of the statement type, bound into the transcript. */
  String id();

  int width();

  int traceLength();

  /** Public inputs as canonical field elements, bound into the transcript in this order. */
  long[] publicInputs();

  /**
   * Declared degree of each transition constraint, in trace polynomials, counting each factor of a
   * periodic column as one. The blowup factor must be at least the largest.
   */
  int[] transitionDegrees();

  /** Periodic columns, each of power-of-two length dividing the trace length. */
  List<long[]> periodicColumns();

  List<Assertion> assertions();

  /**
   * Base-field constraint values at one row: {@code out[i]} is constraint i. {@code periodic[j]} is
   * periodic column j at this row.
   */
  void evaluate(long[] cur, long[] next, long[] periodic, long[] out);

  /** The same constraints over the quadratic extension. */
  void evaluate(Ext2[] cur, Ext2[] next, Ext2[] periodic, Ext2[] out);

  default int numTransitionConstraints() {
    return transitionDegrees().length;
  }

  /**
   * How many of the constraints, counted from the end of {@link #evaluate}'s output, are row
   * constraints: they do not read the next row and hold on every row, the last included (their
   * quotient divides by x^n - 1, the others' by (x^n - 1)/(x - g^(n-1))). Default none.
   */
  default int rowConstraints() {
    return 0;
  }

  /** Largest declared degree (at least 1). */
  default int maxDegree() {
    int m = 1;
    for (int d : transitionDegrees()) {
      m = Math.max(m, d);
    }
    return m;
  }

  /** Number of composition columns: the composition polynomial has degree below this · n. */
  default int compositionColumns() {
    return Math.max(1, maxDegree() - 1);
  }
}
