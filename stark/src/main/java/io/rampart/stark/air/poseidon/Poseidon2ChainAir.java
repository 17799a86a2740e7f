package io.rampart.stark.air.poseidon;

import io.rampart.crypto.field.Ext2;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A chain of N Poseidon2 permutations (width 12): x_{k+1} = P(x_k), statement "P^N(input) =
 * output". Layout: 12 columns, 32 rows per permutation ({@link Poseidon2Rounds}), 16 periodic
 * columns; every transition constraint has degree 8 (x^7 times a periodic selector), so the blowup
 * must be at least 8. Public inputs: the 12 input elements, then the 12 output elements.
 */
public final class Poseidon2ChainAir implements Air {
  public static final String ID = "rampart.poseidon2-chain.v1";
  private static final int DEGREE = 8;

  private final int permutations;
  private final long[] input;
  private final long[] output;

  public Poseidon2ChainAir(int permutations, long[] input, long[] output) {
    if (permutations < 1 || Integer.bitCount(permutations) != 1 || permutations > (1 << 24)) {
      throw new IllegalArgumentException("permutations must be a power of two");
    }
    Poseidon2Params.checkChainEnds(input, output);
    this.permutations = permutations;
    this.input = input.clone();
    this.output = output.clone();
  }

  public int permutations() {
    return permutations;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int width() {
    return Poseidon2Rounds.WIDTH;
  }

  @Override
  public int traceLength() {
    return permutations * Poseidon2Rounds.CYCLE;
  }

  @Override
  public long[] publicInputs() {
    long[] p = Arrays.copyOf(input, 2 * Poseidon2Rounds.WIDTH);
    System.arraycopy(output, 0, p, Poseidon2Rounds.WIDTH, Poseidon2Rounds.WIDTH);
    return p;
  }

  @Override
  public int[] transitionDegrees() {
    int[] d = new int[Poseidon2Rounds.WIDTH];
    Arrays.fill(d, DEGREE);
    return d;
  }

  @Override
  public List<long[]> periodicColumns() {
    return List.of(Poseidon2Rounds.periodicColumns());
  }

  @Override
  public List<Assertion> assertions() {
    List<Assertion> a = new ArrayList<>();
    for (int i = 0; i < Poseidon2Rounds.WIDTH; i++) {
      a.add(new Assertion(i, 0, input[i]));
    }
    for (int i = 0; i < Poseidon2Rounds.WIDTH; i++) {
      a.add(new Assertion(i, traceLength() - 1, output[i]));
    }
    return a;
  }

  @Override
  public void evaluate(long[] cur, long[] next, long[] periodic, long[] out) {
    Poseidon2Rounds.constraints(cur, next, periodic, out);
  }

  @Override
  public void evaluate(Ext2[] cur, Ext2[] next, Ext2[] periodic, Ext2[] out) {
    Poseidon2Rounds.constraints(cur, next, periodic, out);
  }
}
