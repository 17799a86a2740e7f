package io.rampart.stark.prover.trace;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.TraceTable;

/** Trace generation for {@link io.rampart.stark.air.fib.FibonacciAir}. */
public final class FibonacciTrace {
  private FibonacciTrace() {}

  public static TraceTable generate(int length, long a0, long b0) {
    long[] a = new long[length];
    long[] b = new long[length];
    a[0] = a0;
    b[0] = b0;
    for (int i = 1; i < length; i++) {
      a[i] = b[i - 1];
      b[i] = Goldilocks.add(a[i - 1], b[i - 1]);
    }
    return new TraceTable(new long[][] {a, b});
  }
}
