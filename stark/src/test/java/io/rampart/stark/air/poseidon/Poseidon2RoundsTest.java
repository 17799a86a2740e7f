package io.rampart.stark.air.poseidon;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Poseidon2RoundsTest {
  static long[] randomState(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] s = new long[12];
    for (int i = 0; i < 12; i++) {
      s[i] = Goldilocks.reduce(r.nextLong());
    }
    return s;
  }

  @Property(tries = 50)
  void roundByRoundLayoutEqualsThePermutation(@ForAll long seed) {
    long[] a = randomState(seed);
    long[] b = a.clone();
    Poseidon2Rounds.permute(a);
    Poseidon2.permute(b);
    assertThat(a).containsExactly(b);
  }

  @Test
  void zeroStateMatchesThePermutation() {
    long[] a = new long[12];
    long[] b = new long[12];
    Poseidon2Rounds.permute(a);
    Poseidon2.permute(b);
    assertThat(a).containsExactly(b);
  }

  /** The extension-field constraints agree with the base-field ones on base-field inputs. */
  @Property(tries = 50)
  void extensionConstraintsMatchBaseConstraints(@ForAll long seed) {
    long[] cur = randomState(seed);
    long[] next = randomState(seed + 1);
    long[] per = randomState(seed + 2);
    long[] per16 = new long[16];
    System.arraycopy(per, 0, per16, 0, 12);
    System.arraycopy(randomState(seed + 3), 0, per16, 12, 4);
    long[] out = new long[12];
    Poseidon2Rounds.constraints(cur, next, per16, out);
    Ext2[] outE = new Ext2[12];
    Poseidon2Rounds.constraints(ext(cur), ext(next), ext(per16), outE);
    for (int i = 0; i < 12; i++) {
      assertThat(outE[i]).isEqualTo(Ext2.fromBase(out[i]));
    }
  }

  static Ext2[] ext(long[] v) {
    Ext2[] e = new Ext2[v.length];
    for (int i = 0; i < v.length; i++) {
      e[i] = Ext2.fromBase(v[i]);
    }
    return e;
  }
}
