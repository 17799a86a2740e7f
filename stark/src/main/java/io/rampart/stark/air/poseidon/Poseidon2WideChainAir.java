package io.rampart.stark.air.poseidon;

import io.rampart.crypto.field.Ext2;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A chain of N Poseidon2 permutations, x_{k+1} = P(x_k), "P^N(input) = output", one permutation per
 * row ({@link Poseidon2WideRow}): 118 columns, N rows, no periodic columns. 106 row constraints of
 * degree 7 (the S-boxes and outputs, on every row) and 12 transitions of degree 7 (the next row's
 * first S-boxes read this row's output), so the blowup must be at least 7 and there are 6
 * composition columns. Public inputs: the 12 input elements, then the 12 output elements. Row 0's
 * first-round S-box outputs are asserted to be (M_E·input + c)^7, which the verifier computes from
 * the input (a bijection, so the input is bound); the last row's outputs are asserted. N is a power
 * of two, at least 8.
 */
public final class Poseidon2WideChainAir implements Air {
  public static final String ID = "rampart.poseidon2-chain-wide.v1";

  private final int permutations;
  private final long[] input;
  private final long[] output;

  public Poseidon2WideChainAir(int permutations, long[] input, long[] output) {
    if (permutations < 8 || Integer.bitCount(permutations) != 1 || permutations > (1 << 24)) {
      throw new IllegalArgumentException("permutations must be a power of two, at least 8");
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
    return Poseidon2WideRow.WIDTH;
  }

  @Override
  public int traceLength() {
    return permutations;
  }

  @Override
  public long[] publicInputs() {
    int s = Poseidon2WideRow.STATE;
    long[] p = Arrays.copyOf(input, 2 * s);
    System.arraycopy(output, 0, p, s, s);
    return p;
  }

  @Override
  public int[] transitionDegrees() {
    int[] d = new int[Poseidon2WideRow.WIDTH];
    Arrays.fill(d, Poseidon2WideRow.DEGREE);
    return d;
  }

  @Override
  public int rowConstraints() {
    return Poseidon2WideRow.WIDTH - Poseidon2WideRow.STATE;
  }

  @Override
  public List<long[]> periodicColumns() {
    return List.of();
  }

  @Override
  public List<Assertion> assertions() {
    int s = Poseidon2WideRow.STATE;
    List<Assertion> a = new ArrayList<>();
    long[] first = Poseidon2WideRow.firstRound(input);
    for (int i = 0; i < s; i++) {
      a.add(new Assertion(Poseidon2WideRow.full(0, i), 0, first[i]));
    }
    for (int i = 0; i < s; i++) {
      a.add(new Assertion(Poseidon2WideRow.OUT + i, permutations - 1, output[i]));
    }
    return a;
  }

  @Override
  public void evaluate(long[] cur, long[] next, long[] periodic, long[] out) {
    Poseidon2WideRow.constraints(cur, next, out);
  }

  @Override
  public void evaluate(Ext2[] cur, Ext2[] next, Ext2[] periodic, Ext2[] out) {
    Poseidon2WideRow.constraints(cur, next, out);
  }
}
