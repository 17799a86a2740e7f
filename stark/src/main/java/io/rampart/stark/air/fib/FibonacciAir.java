package io.rampart.stark.air.fib;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import java.util.List;

/**
 * Fibonacci over Goldilocks in two columns (a, b): each row steps (a, b) to (b, a + b). Public
 * inputs: the first row (a0, b0) and the last value of b.
 */
public final class FibonacciAir implements Air {
  public static final String ID = "rampart.fibonacci.v1";

  private final int traceLength;
  private final long a0;
  private final long b0;
  private final long result;

  public FibonacciAir(int traceLength, long a0, long b0, long result) {
    if (traceLength < 8 || Integer.bitCount(traceLength) != 1) {
      throw new IllegalArgumentException("trace length must be a power of two >= 8");
    }
    this.traceLength = traceLength;
    this.a0 = a0;
    this.b0 = b0;
    this.result = result;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int width() {
    return 2;
  }

  @Override
  public int traceLength() {
    return traceLength;
  }

  @Override
  public long[] publicInputs() {
    return new long[] {a0, b0, result};
  }

  @Override
  public int[] transitionDegrees() {
    return new int[] {1, 1};
  }

  @Override
  public List<long[]> periodicColumns() {
    return List.of();
  }

  @Override
  public List<Assertion> assertions() {
    return List.of(
        new Assertion(0, 0, a0),
        new Assertion(1, 0, b0),
        new Assertion(1, traceLength - 1, result));
  }

  @Override
  public void evaluate(long[] cur, long[] next, long[] periodic, long[] out) {
    out[0] = Goldilocks.sub(next[0], cur[1]);
    out[1] = Goldilocks.sub(next[1], Goldilocks.add(cur[0], cur[1]));
  }

  @Override
  public void evaluate(Ext2[] cur, Ext2[] next, Ext2[] periodic, Ext2[] out) {
    out[0] = next[0].sub(cur[1]);
    out[1] = next[1].sub(cur[0].add(cur[1]));
  }
}
