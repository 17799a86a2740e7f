package io.rampart.stark.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.air.merkle.MerklePathUpdateAir;
import io.rampart.stark.air.poseidon.Poseidon2ChainAir;
import io.rampart.stark.air.poseidon.Poseidon2WideChainAir;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The verifier's extension-field constraints equal the prover's base-field ones on base inputs. */
class AirEvaluationPropertyTest {
  static final List<Air> AIRS =
      List.of(
          new FibonacciAir(64, 1, 2, 3),
          new Poseidon2ChainAir(4, new long[12], new long[12]),
          new Poseidon2WideChainAir(8, new long[12], new long[12]),
          new MerklePathUpdateAir(32, new long[4], new long[4], new long[4], new long[4], 5));

  @Property(tries = 40)
  void extensionEvaluationMatchesBaseEvaluation(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (Air air : AIRS) {
      int w = air.width();
      long[] cur = random(r, w);
      long[] next = random(r, w);
      long[] per = random(r, air.periodicColumns().size());
      long[] out = new long[air.numTransitionConstraints()];
      air.evaluate(cur, next, per, out);
      Ext2[] outE = new Ext2[out.length];
      air.evaluate(ext(cur), ext(next), ext(per), outE);
      for (int i = 0; i < out.length; i++) {
        assertThat(outE[i]).as(air.id() + " constraint " + i).isEqualTo(Ext2.fromBase(out[i]));
      }
    }
  }

  static long[] random(SplittableRandom r, int n) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = Goldilocks.reduce(r.nextLong());
    }
    return v;
  }

  static Ext2[] ext(long[] v) {
    Ext2[] e = new Ext2[v.length];
    for (int i = 0; i < v.length; i++) {
      e[i] = Ext2.fromBase(v[i]);
    }
    return e;
  }
}
