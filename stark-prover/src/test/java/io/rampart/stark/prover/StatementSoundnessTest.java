package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideRow;
import io.rampart.stark.verifier.Rejection;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Bad traces, wrong public inputs, proofs for other statements, weak options, garbage bytes. */
class StatementSoundnessTest {
  static final StarkVerifier VERIFIER = new StarkVerifier(0);

  static Rejection reason(VerifyResult r) {
    assertThat(r).isInstanceOf(VerifyResult.Rejected.class);
    return ((VerifyResult.Rejected) r).reason();
  }

  @Test
  void debugModeNamesTheFirstFailingRowAndConstraint() {
    var c = ProofFixtures.FIB;
    TraceTable bad = c.trace().withCell(0, 17, 12345);
    var r = new StarkProver(ProofFixtures.OPTIONS, true).prove(c.air(), bad);
    // Row 16 -> 17 breaks constraint 0 (next a = b); row 17 -> 18 would break constraint 1.
    assertThat(r)
        .isEqualTo(new ProveResult.TraceRejected(new ConstraintFailure(16, 0, "transition")));
  }

  @Test
  void debugModeNamesAViolatedAssertion() {
    var c = ProofFixtures.CHAIN;
    TraceTable bad = c.trace().withCell(3, 0, 7);
    var r = new StarkProver(ProofFixtures.OPTIONS, true).prove(c.air(), bad);
    assertThat(r)
        .isEqualTo(new ProveResult.TraceRejected(new ConstraintFailure(0, 3, "assertion")));
  }

  @Test
  void oneWrongCellYieldsARejectedProof() {
    for (var c :
        new ProofFixtures.Case[] {ProofFixtures.FIB, ProofFixtures.CHAIN, ProofFixtures.WIDE}) {
      for (int row : new int[] {1, 5, c.trace().length() / 2, c.trace().length() - 2}) {
        TraceTable bad = c.trace().withCell(1, row, Goldilocks.add(c.trace().get(1, row), 1));
        var r =
            (ProveResult.Proved) new StarkProver(ProofFixtures.OPTIONS, false).prove(c.air(), bad);
        assertThat(VERIFIER.verify(c.air(), r.bytes()).accepted())
            .as(c.name() + " row " + row)
            .isFalse();
      }
    }
    // Wide layout: one wrong cell in every column group (full rounds, partial rounds, output).
    var w = ProofFixtures.WIDE;
    int[] cols = {
      Poseidon2WideRow.full(0, 3),
      Poseidon2WideRow.full(2, 0),
      Poseidon2WideRow.full(6, 11),
      Poseidon2WideRow.partial(0),
      Poseidon2WideRow.partial(21),
      Poseidon2WideRow.OUT + 7
    };
    for (int col : cols) {
      TraceTable bad = w.trace().withCell(col, 3, Goldilocks.add(w.trace().get(col, 3), 1));
      var r =
          (ProveResult.Proved) new StarkProver(ProofFixtures.OPTIONS, false).prove(w.air(), bad);
      assertThat(VERIFIER.verify(w.air(), r.bytes()).accepted()).as("wide column " + col).isFalse();
    }
  }

  @Test
  void wrongPublicInputsAreRejected() {
    var f = ProofFixtures.FIB;
    long result = f.trace().get(1, 63);
    assertThat(
            VERIFIER
                .verify(new FibonacciAir(64, 1, 1, Goldilocks.add(result, 1)), f.bytes())
                .accepted())
        .isFalse();
    assertThat(VERIFIER.verify(new FibonacciAir(64, 1, 2, result), f.bytes()).accepted()).isFalse();
    assertThat(VERIFIER.verify(new FibonacciAir(64, 2, 1, result), f.bytes()).accepted()).isFalse();

    var c = ProofFixtures.CHAIN;
    long[] pub = c.air().publicInputs();
    for (int i = 0; i < 24; i++) {
      long[] in = java.util.Arrays.copyOfRange(pub, 0, 12);
      long[] out = java.util.Arrays.copyOfRange(pub, 12, 24);
      if (i < 12) {
        in[i] = Goldilocks.add(in[i], 1);
      } else {
        out[i - 12] = Goldilocks.add(out[i - 12], 1);
      }
      Air air = new Poseidon2ChainAir(4, in, out);
      assertThat(VERIFIER.verify(air, c.bytes()).accepted()).as("public input " + i).isFalse();
      Air wide = new Poseidon2WideChainAir(8, in, out);
      var w = ProofFixtures.WIDE;
      long[] wpub = w.air().publicInputs();
      long[] win = java.util.Arrays.copyOfRange(wpub, 0, 12);
      long[] wout = java.util.Arrays.copyOfRange(wpub, 12, 24);
      if (i < 12) {
        win[i] = Goldilocks.add(win[i], 1);
      } else {
        wout[i - 12] = Goldilocks.add(wout[i - 12], 1);
      }
      assertThat(VERIFIER.verify(new Poseidon2WideChainAir(8, win, wout), w.bytes()).accepted())
          .as("wide public input " + i)
          .isFalse();
      assertThat(VERIFIER.verify(wide, w.bytes()).accepted()).isFalse();
    }
  }

  @Test
  void aProofForOneStatementIsRejectedForAnother() {
    var f = ProofFixtures.FIB;
    var c = ProofFixtures.CHAIN;
    // Fibonacci proof presented as a Poseidon2 chain of the same trace length (2 x 32 = 64 rows).
    long[] pub = c.air().publicInputs();
    Air chain2 =
        new Poseidon2ChainAir(
            2, java.util.Arrays.copyOf(pub, 12), java.util.Arrays.copyOfRange(pub, 12, 24));
    assertThat(reason(VERIFIER.verify(chain2, f.bytes()))).isNotNull();
    // Poseidon2 proof presented as Fibonacci of its length.
    assertThat(VERIFIER.verify(new FibonacciAir(128, 1, 1, 0), c.bytes()).accepted()).isFalse();
    // A longer Fibonacci statement.
    var f128 = ProofFixtures.fib(128);
    assertThat(reason(VERIFIER.verify(f128.air(), f.bytes())))
        .isEqualTo(Rejection.WRONG_TRACE_LENGTH);
    // Chain of 4 proof for the chain of 8 with the true output of 8.
    var c8 = ProofFixtures.chain(8);
    assertThat(VERIFIER.verify(c8.air(), c.bytes()).accepted()).isFalse();
    // The wide proof of 8 permutations, presented for the wide chain of 16 with its true output,
    // for the Fibonacci statement of 8 rows, and the narrow chain of 4 presented as the wide one.
    var w = ProofFixtures.WIDE;
    var w16 = ProofFixtures.wide(16);
    assertThat(VERIFIER.verify(w16.air(), w.bytes()).accepted()).isFalse();
    assertThat(VERIFIER.verify(new FibonacciAir(8, 1, 1, 21), w.bytes()).accepted()).isFalse();
    long[] wpub = w.air().publicInputs();
    Air narrowOfWide =
        new Poseidon2ChainAir(
            8, java.util.Arrays.copyOf(wpub, 12), java.util.Arrays.copyOfRange(wpub, 12, 24));
    assertThat(VERIFIER.verify(narrowOfWide, w.bytes()).accepted()).isFalse();
    assertThat(VERIFIER.verify(w.air(), ProofFixtures.chain(8).bytes()).accepted()).isFalse();
  }

  @Test
  void proofsBelowTheMinimumSecurityAreRefused() {
    var f = ProofFixtures.FIB;
    assertThat(reason(new StarkVerifier(100).verify(f.air(), f.bytes())))
        .isEqualTo(Rejection.INSUFFICIENT_SECURITY);
  }

  @Test
  void anLdeDomainBeyondTheSupportedSizeIsRefused() {
    var p = ProofFixtures.FIB.proof();
    var huge =
        new io.rampart.stark.proof.StarkProof(
            p.options(),
            1 << 28,
            p.traceRoot(),
            p.compositionRoot(),
            p.oodTrace(),
            p.oodComposition(),
            p.friRoots(),
            p.remainder(),
            p.powNonce(),
            p.traceOpening(),
            p.compositionOpening(),
            p.friOpenings());
    byte[] bytes = io.rampart.stark.proof.ProofCodec.encode(huge);
    assertThat(reason(VERIFIER.verify(new FibonacciAir(1 << 28, 1, 1, 0), bytes)))
        .isEqualTo(Rejection.UNSUPPORTED_OPTIONS);
  }

  @Test
  void malformedBytesAreRejectedWithATypedReason() {
    byte[] good = ProofFixtures.FIB.bytes();
    Air air = ProofFixtures.FIB.air();
    assertThat(reason(VERIFIER.verify(air, new byte[0]))).isEqualTo(Rejection.MALFORMED);
    assertThat(reason(VERIFIER.verify(air, java.util.Arrays.copyOf(good, good.length - 1))))
        .isEqualTo(Rejection.MALFORMED);
    assertThat(reason(VERIFIER.verify(air, java.util.Arrays.copyOf(good, good.length + 1))))
        .isEqualTo(Rejection.MALFORMED);
    byte[] version = good.clone();
    version[0] = 2;
    assertThat(reason(VERIFIER.verify(air, version))).isEqualTo(Rejection.MALFORMED);
    byte[] garbage = new byte[5000];
    new SplittableRandom(1).nextBytes(garbage);
    garbage[0] = 1;
    assertThat(reason(VERIFIER.verify(air, garbage))).isEqualTo(Rejection.MALFORMED);
    byte[] huge = good.clone();
    huge[good.length - 1] = (byte) 0xFF; // claims more bytes than present somewhere near the end
    assertThat(VERIFIER.verify(air, huge).accepted()).isFalse();
  }

  /** Any single bit of the encoding flipped: rejected, and never an exception. */
  @Property(tries = 300)
  void anyFlippedBitIsRejected(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    var c =
        switch (seed % 3) {
          case 0 -> ProofFixtures.FIB;
          case 1 -> ProofFixtures.CHAIN;
          default -> ProofFixtures.WIDE;
        };
    byte[] b = c.bytes().clone();
    int bit = seed % (8 * b.length);
    b[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThat(VERIFIER.verify(c.air(), b).accepted()).as("bit " + bit).isFalse();
  }

  /** Truncated or overwritten bytes: a typed rejection, never an exception. */
  @Property(tries = 300)
  void truncatedOrOverwrittenBytesAreRejected(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    var c = ProofFixtures.FIB;
    SplittableRandom r = new SplittableRandom(seed);
    byte[] b = java.util.Arrays.copyOf(c.bytes(), r.nextInt(c.bytes().length));
    if (b.length > 0 && r.nextBoolean()) {
      int at = r.nextInt(b.length);
      int len = Math.min(b.length - at, 1 + r.nextInt(16));
      for (int i = 0; i < len; i++) {
        b[at + i] = (byte) r.nextInt(256);
      }
    }
    assertThat(reason(VERIFIER.verify(c.air(), b))).isNotNull();
  }
}
