package io.rampart.stark.prover;

import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import io.rampart.stark.air.TraceTable;
import java.util.List;
import java.util.Optional;

/** Debug mode: evaluates every constraint on the trace itself and names the first failure. */
public final class TraceChecker {
  private TraceChecker() {}

  public static Optional<ConstraintFailure> firstFailure(Air air, TraceTable trace) {
    int n = trace.length();
    int w = trace.width();
    if (w != air.width() || n != air.traceLength()) {
      throw new IllegalArgumentException("trace shape does not match the AIR");
    }
    List<Assertion> as = air.assertions();
    for (int j = 0; j < as.size(); j++) {
      Assertion a = as.get(j);
      if (trace.get(a.column(), a.row()) != a.value()) {
        return Optional.of(new ConstraintFailure(a.row(), j, "assertion"));
      }
    }
    List<long[]> periodic = air.periodicColumns();
    long[] cur = new long[w];
    long[] next = new long[w];
    long[] per = new long[periodic.size()];
    long[] out = new long[air.numTransitionConstraints()];
    int firstRow = out.length - air.rowConstraints();
    for (int r = 0; r < n; r++) {
      trace.readRow(r, cur);
      trace.readRow((r + 1) % n, next);
      for (int j = 0; j < per.length; j++) {
        long[] col = periodic.get(j);
        per[j] = col[r % col.length];
      }
      air.evaluate(cur, next, per, out);
      // On the last row only the row constraints apply (the next row would be row 0).
      for (int i = r + 1 < n ? 0 : firstRow; i < out.length; i++) {
        if (out[i] != 0) {
          return Optional.of(new ConstraintFailure(r, i, "transition"));
        }
      }
    }
    return Optional.empty();
  }
}
