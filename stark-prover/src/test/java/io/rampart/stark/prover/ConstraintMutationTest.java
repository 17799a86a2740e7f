package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.air.merkle.MerklePathUpdateAir;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import io.rampart.stark.prover.trace.FibonacciTrace;
import io.rampart.stark.prover.trace.Poseidon2ChainTrace;
import io.rampart.stark.prover.trace.Poseidon2WideChainTrace;
import io.rampart.stark.verifier.StarkVerifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Constraint mutation: for every transition and row constraint i of the Fibonacci, Poseidon2-chain
 * (narrow and wide) and Merkle-path-update AIRs, a trace that breaks only constraint i (one cell
 * changed, later rows recomputed, the claimed output moved to match) is rejected by the real AIR
 * and passes the AIR with constraint i removed; a proof made with the mutant verifies under the
 * mutant and not under the real AIR. A mutant is killed when that happens; the kill rate is
 * printed. All are killed but one equivalent mutant.
 */
class ConstraintMutationTest {
  static final StarkVerifier VERIFIER = new StarkVerifier(0);

  /** {@code base} with transition constraint {@code removed} replaced by zero. */
  record Mutant(Air base, int removed) implements Air {
    @Override
    public String id() {
      return base.id();
    }

    @Override
    public int width() {
      return base.width();
    }

    @Override
    public int traceLength() {
      return base.traceLength();
    }

    @Override
    public long[] publicInputs() {
      return base.publicInputs();
    }

    @Override
    public int[] transitionDegrees() {
      return base.transitionDegrees();
    }

    @Override
    public int rowConstraints() {
      return base.rowConstraints();
    }

    @Override
    public List<long[]> periodicColumns() {
      return base.periodicColumns();
    }

    @Override
    public List<Assertion> assertions() {
      return base.assertions();
    }

    @Override
    public void evaluate(long[] cur, long[] next, long[] periodic, long[] out) {
      base.evaluate(cur, next, periodic, out);
      out[removed] = 0;
    }

    @Override
    public void evaluate(Ext2[] cur, Ext2[] next, Ext2[] periodic, Ext2[] out) {
      base.evaluate(cur, next, periodic, out);
      out[removed] = Ext2.ZERO;
    }
  }

  /**
   * For AIRs whose constraint k involves the next row only through column k, linearly: changes
   * column i at row + 1 (the path bit is flipped, other cells get + 1) and recomputes every later
   * cell that its constraint determines, so that only constraint i fails (at {@code row}).
   */
  static TraceTable breakOnly(Air air, TraceTable honest, int constraint, int row) {
    int w = air.width();
    long[][] cols = new long[w][];
    for (int c = 0; c < w; c++) {
      cols[c] = honest.column(c).clone();
    }
    long old = cols[constraint][row + 1];
    cols[constraint][row + 1] =
        constraint == MerklePathUpdateAir.BIT && w == MerklePathUpdateAir.WIDTH
            ? 1 - old
            : Goldilocks.add(old, 1);
    List<long[]> periodic = air.periodicColumns();
    long[] cur = new long[w];
    long[] zero = new long[w];
    long[] one = new long[w];
    java.util.Arrays.fill(one, 1);
    long[] per = new long[periodic.size()];
    int m = air.numTransitionConstraints();
    long[] out0 = new long[m];
    long[] out1 = new long[m];
    for (int r = row + 1; r + 1 < air.traceLength(); r++) {
      for (int c = 0; c < w; c++) {
        cur[c] = cols[c][r];
      }
      for (int j = 0; j < per.length; j++) {
        per[j] = periodic.get(j)[r % periodic.get(j).length];
      }
      air.evaluate(cur, zero, per, out0);
      air.evaluate(cur, one, per, out1);
      for (int c = 0; c < Math.min(w, m); c++) {
        long alpha = Goldilocks.sub(out1[c], out0[c]);
        if (alpha != 0) {
          cols[c][r + 1] = Goldilocks.neg(Goldilocks.mul(out0[c], Goldilocks.inverse(alpha)));
        }
      }
    }
    return new TraceTable(cols);
  }

  /**
   * For the wide Poseidon2 layout, where constraint k determines column k from earlier cells with
   * coefficient one (row constraints: from the same row; transitions k < 12: the next row's input
   * from this row's output): changes the cell of constraint i by one and re-solves every cell that
   * later constraints determine, so that only constraint i fails (at {@code row}).
   */
  static TraceTable breakOnlyWide(Air air, TraceTable honest, int constraint, int row) {
    int w = air.width();
    int n = air.traceLength();
    int transitions = w - air.rowConstraints();
    long[][] cols = new long[w][];
    for (int c = 0; c < w; c++) {
      cols[c] = honest.column(c).clone();
    }
    int startRow = constraint < transitions ? row + 1 : row;
    cols[constraint][startRow] = Goldilocks.add(cols[constraint][startRow], 1);
    long[] cur = new long[w];
    long[] next = new long[w];
    long[] out = new long[w];
    for (int r = startRow; r < n; r++) {
      for (int c = r == startRow ? constraint + 1 : 0; c < w; c++) {
        int at = c < transitions ? r - 1 : r;
        for (int k = 0; k < w; k++) {
          cur[k] = cols[k][at];
          next[k] = cols[k][(at + 1) % n];
        }
        air.evaluate(cur, next, new long[0], out);
        cols[c][r] = Goldilocks.sub(cols[c][r], out[c]);
      }
    }
    return new TraceTable(cols);
  }

  interface Breaker {
    TraceTable breakOnly(Air air, TraceTable honest, int constraint, int row);
  }

  record Subject(
      String name, TraceTable honest, Function<TraceTable, Air> statementOf, Breaker breaker) {
    Subject(String name, TraceTable honest, Function<TraceTable, Air> statementOf) {
      this(name, honest, statementOf, ConstraintMutationTest::breakOnly);
    }
  }

  static List<Subject> subjects() {
    MerklePathUpdateStarkTest.Update u = MerklePathUpdateStarkTest.update(7);
    TraceTable fib = FibonacciTrace.generate(64, 1, 1);
    long[] in = ProofFixtures.chainInput();
    TraceTable chain = Poseidon2ChainTrace.generate(4, in);
    TraceTable wide = Poseidon2WideChainTrace.generate(16, in);
    return List.of(
        new Subject("fibonacci", fib, t -> new FibonacciAir(64, 1, 1, t.get(1, 63))),
        new Subject(
            "poseidon2-chain",
            chain,
            t -> new Poseidon2ChainAir(4, in, Poseidon2ChainTrace.output(t))),
        new Subject("merkle-path-update", u.trace(), ConstraintMutationTest::merkleStatement),
        new Subject(
            "poseidon2-wide-chain",
            wide,
            t -> new Poseidon2WideChainAir(16, in, Poseidon2WideChainTrace.output(t)),
            ConstraintMutationTest::breakOnlyWide));
  }

  /** The statement a Merkle path update trace proves: leaves, roots and the asserted index. */
  static Air merkleStatement(TraceTable t) {
    int last = t.length() - 1;
    long[][] nodes = new long[4][4];
    for (int j = 0; j < 4; j++) {
      nodes[0][j] = t.get(MerklePathUpdateAir.CARRY_OLD + j, 0);
      nodes[1][j] = t.get(MerklePathUpdateAir.CARRY_NEW + j, 0);
      nodes[2][j] = t.get(MerklePathUpdateAir.OLD + j, last);
      nodes[3][j] = t.get(MerklePathUpdateAir.NEW + j, last);
    }
    long index = 0;
    for (int k = 0; k < 32; k++) {
      index |= t.get(MerklePathUpdateAir.BIT, 32 * k) << k;
    }
    return new MerklePathUpdateAir(32, nodes[0], nodes[1], nodes[2], nodes[3], index);
  }

  @Test
  void removingAnyTransitionConstraintLetsABadTraceThroughAndIsNoticed() {
    int total = 0;
    int killed = 0;
    StringBuilder survivors = new StringBuilder();
    for (Subject s : subjects()) {
      Air real = s.statementOf().apply(s.honest());
      int row = s.honest().length() / 2 + 3;
      for (int i = 0; i < real.numTransitionConstraints(); i++) {
        total++;
        if (i >= real.width()) {
          // No column of its own to corrupt: no trace breaks this constraint alone.
          survivors.append(s.name()).append(" constraint ").append(i).append("; ");
          continue;
        }
        TraceTable bad = s.breaker().breakOnly(real, s.honest(), i, row);
        Air forged = s.statementOf().apply(bad);
        Air mutant = new Mutant(forged, i);
        boolean realRejects =
            TraceChecker.firstFailure(forged, bad)
                .equals(java.util.Optional.of(new ConstraintFailure(row, i, "transition")));
        boolean mutantAccepts = TraceChecker.firstFailure(mutant, bad).isEmpty();
        byte[] proof =
            ((ProveResult.Proved) new StarkProver(ProofFixtures.OPTIONS, false).prove(mutant, bad))
                .bytes();
        boolean verifiedByMutant = VERIFIER.verify(mutant, proof).accepted();
        boolean rejectedByReal = !VERIFIER.verify(forged, proof).accepted();
        if (realRejects && mutantAccepts && verifiedByMutant && rejectedByReal) {
          killed++;
        } else {
          survivors.append(s.name()).append(" constraint ").append(i).append("; ");
        }
      }
    }
    System.out.printf("constraint mutation kill rate: %d/%d%n", killed, total);
    // The one survivor is an equivalent mutant: the Merkle AIR's bit-is-binary constraint (37) is
    // implied by the asserted index bits and the bit being constant within each level.
    assertThat(survivors.toString()).isEqualTo("merkle-path-update constraint 37; ");
    assertThat(total).isEqualTo(2 + 12 + 38 + 118);
    assertThat(killed).isEqualTo(total - 1);
  }

  @Test
  void forgedStatementsAreFalse() {
    // The forged chain output really is not P^4(input).
    Subject chain = subjects().get(1);
    TraceTable bad = breakOnly(chain.statementOf().apply(chain.honest()), chain.honest(), 0, 40);
    assertThat(Poseidon2ChainTrace.output(bad))
        .isNotEqualTo(Poseidon2ChainTrace.output(chain.honest()));
    assertThat(Arrays.equals(bad.column(0), chain.honest().column(0))).isFalse();
  }
}
