package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.poseidon2.Poseidon2;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.options.Profile;
import io.rampart.stark.prover.trace.Poseidon2ChainTrace;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import org.junit.jupiter.api.Test;

class Poseidon2ChainStarkTest {
  static long[] input() {
    long[] in = new long[12];
    for (int i = 0; i < 12; i++) {
      in[i] = i + 1;
    }
    return in;
  }

  @Test
  void traceOutputIsTheChainOfPermutations() {
    long[] s = input();
    for (int i = 0; i < 8; i++) {
      Poseidon2.permute(s);
    }
    TraceTable t = Poseidon2ChainTrace.generate(8, input());
    assertThat(Poseidon2ChainTrace.output(t)).containsExactly(s);
  }

  @Test
  void honestChainProofVerifiesAtTheTestProfile() {
    TraceTable t = Poseidon2ChainTrace.generate(8, input());
    Poseidon2ChainAir air = new Poseidon2ChainAir(8, input(), Poseidon2ChainTrace.output(t));
    var r = new StarkProver(Profile.TEST.options(), true).prove(air, t);
    assertThat(r).isInstanceOf(ProveResult.Proved.class);
    byte[] proof = ((ProveResult.Proved) r).bytes();
    assertThat(new StarkVerifier(0).verify(air, proof)).isInstanceOf(VerifyResult.Accepted.class);
  }

  @Test
  void chainProofAtTheHundredBitProfile() {
    TraceTable t = Poseidon2ChainTrace.generate(64, input());
    Poseidon2ChainAir air = new Poseidon2ChainAir(64, input(), Poseidon2ChainTrace.output(t));
    var r = (ProveResult.Proved) new StarkProver(Profile.BITS_100.options(), false).prove(air, t);
    VerifyResult v = new StarkVerifier(100).verify(air, r.bytes());
    assertThat(v).isEqualTo(new VerifyResult.Accepted(100));
  }
}
