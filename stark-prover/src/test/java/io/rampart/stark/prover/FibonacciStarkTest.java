package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.commit.VectorHash;
import io.rampart.stark.options.Profile;
import io.rampart.stark.options.ProofOptions;
import io.rampart.stark.prover.trace.FibonacciTrace;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FibonacciStarkTest {
  static final StarkVerifier LENIENT = new StarkVerifier(0);

  static byte[] prove(ProofOptions o, int n) {
    TraceTable t = FibonacciTrace.generate(n, 1, 1);
    FibonacciAir air = new FibonacciAir(n, 1, 1, t.get(1, n - 1));
    return ((ProveResult.Proved) new StarkProver(o, true).prove(air, t)).bytes();
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 64, 1024})
  void honestProofVerifies(int n) {
    TraceTable t = FibonacciTrace.generate(n, 1, 1);
    FibonacciAir air = new FibonacciAir(n, 1, 1, t.get(1, n - 1));
    byte[] proof = prove(Profile.TEST.options(), n);
    assertThat(LENIENT.verify(air, proof)).isInstanceOf(VerifyResult.Accepted.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 4, 8})
  void everyFoldingFactorWorks(int k) {
    int n = 256;
    ProofOptions o = Profile.TEST.options().withFolding(k);
    TraceTable t = FibonacciTrace.generate(n, 1, 1);
    FibonacciAir air = new FibonacciAir(n, 1, 1, t.get(1, n - 1));
    assertThat(LENIENT.verify(air, prove(o, n)).accepted()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(VectorHash.class)
  void everyHashWorks(VectorHash h) {
    int n = 64;
    ProofOptions o = Profile.TEST.options().withHash(h);
    TraceTable t = FibonacciTrace.generate(n, 1, 1);
    FibonacciAir air = new FibonacciAir(n, 1, 1, t.get(1, n - 1));
    assertThat(LENIENT.verify(air, prove(o, n)).accepted()).isTrue();
  }
}
