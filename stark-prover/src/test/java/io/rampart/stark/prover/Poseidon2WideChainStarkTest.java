package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideRow;
import io.rampart.stark.options.Profile;
import io.rampart.stark.prover.trace.Poseidon2WideChainTrace;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import org.junit.jupiter.api.Test;

class Poseidon2WideChainStarkTest {
  @Test
  void traceOutputIsTheChainOfPermutations() {
    long[] s = Poseidon2ChainStarkTest.input();
    for (int i = 0; i < 16; i++) {
      Poseidon2.permute(s);
    }
    TraceTable t = Poseidon2WideChainTrace.generate(16, Poseidon2ChainStarkTest.input());
    assertThat(Poseidon2WideChainTrace.output(t)).containsExactly(s);
  }

  @Test
  void wideAndNarrowLayoutsProveTheSameChain() {
    long[] in = Poseidon2ChainStarkTest.input();
    assertThat(Poseidon2WideChainTrace.output(Poseidon2WideChainTrace.generate(8, in)))
        .containsExactly(
            io.rampart.stark.prover.trace.Poseidon2ChainTrace.output(
                io.rampart.stark.prover.trace.Poseidon2ChainTrace.generate(8, in)));
  }

  @Test
  void chainProofAtTheHundredBitProfile() {
    long[] in = Poseidon2ChainStarkTest.input();
    TraceTable t = Poseidon2WideChainTrace.generate(64, in);
    var air = new Poseidon2WideChainAir(64, in, Poseidon2WideChainTrace.output(t));
    var r = (ProveResult.Proved) new StarkProver(Profile.BITS_100.options(), false).prove(air, t);
    assertThat(new StarkVerifier(100).verify(air, r.bytes()))
        .isEqualTo(new VerifyResult.Accepted(100));
  }

  /**
   * The S-box constraints hold on the last row too (row constraints): a wrong S-box cell there,
   * whose output columns still match the claimed output, is caught by debug mode and by the
   * verifier.
   */
  @Test
  void aWrongSboxCellOnTheLastRowIsRejected() {
    var c = ProofFixtures.WIDE;
    int last = c.trace().length() - 1;
    int col = Poseidon2WideRow.partial(5);
    TraceTable bad = c.trace().withCell(col, last, Goldilocks.add(c.trace().get(col, last), 1));
    assertThat(new StarkProver(ProofFixtures.OPTIONS, true).prove(c.air(), bad))
        .isEqualTo(new ProveResult.TraceRejected(new ConstraintFailure(last, col, "transition")));
    var r = (ProveResult.Proved) new StarkProver(ProofFixtures.OPTIONS, false).prove(c.air(), bad);
    assertThat(new StarkVerifier(0).verify(c.air(), r.bytes()).accepted()).isFalse();
  }
}
