package io.rampart.stark.prover;

import io.rampart.stark.air.Air;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import io.rampart.stark.options.Profile;
import io.rampart.stark.options.ProofOptions;
import io.rampart.stark.proof.StarkProof;
import io.rampart.stark.prover.trace.FibonacciTrace;
import io.rampart.stark.prover.trace.Poseidon2ChainTrace;
import io.rampart.stark.prover.trace.Poseidon2WideChainTrace;

/** Small honest statements with their proofs, shared by the tampering tests. */
final class ProofFixtures {
  /** The test profile with 8 grinding bits, so that a changed nonce fails the work check. */
  static final ProofOptions OPTIONS = Profile.TEST.options().withGrinding(8);

  record Case(String name, Air air, TraceTable trace, StarkProof proof, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Case FIB = fib(64);
  static final Case CHAIN = chain(4);
  static final Case WIDE = wide(8);

  private ProofFixtures() {}

  static Case fib(int n) {
    TraceTable t = FibonacciTrace.generate(n, 1, 1);
    FibonacciAir air = new FibonacciAir(n, 1, 1, t.get(1, n - 1));
    var r = (ProveResult.Proved) new StarkProver(OPTIONS, true).prove(air, t);
    return new Case("fibonacci-" + n, air, t, r.proof(), r.bytes());
  }

  static long[] chainInput() {
    long[] in = new long[12];
    for (int i = 0; i < 12; i++) {
      in[i] = 100 + i;
    }
    return in;
  }

  static Case chain(int perms) {
    TraceTable t = Poseidon2ChainTrace.generate(perms, chainInput());
    Poseidon2ChainAir air =
        new Poseidon2ChainAir(perms, chainInput(), Poseidon2ChainTrace.output(t));
    var r = (ProveResult.Proved) new StarkProver(OPTIONS, true).prove(air, t);
    return new Case("poseidon2-chain-" + perms, air, t, r.proof(), r.bytes());
  }

  static Case wide(int perms) {
    TraceTable t = Poseidon2WideChainTrace.generate(perms, chainInput());
    Poseidon2WideChainAir air =
        new Poseidon2WideChainAir(perms, chainInput(), Poseidon2WideChainTrace.output(t));
    var r = (ProveResult.Proved) new StarkProver(OPTIONS, true).prove(air, t);
    return new Case("poseidon2-wide-chain-" + perms, air, t, r.proof(), r.bytes());
  }
}
