package io.rampart.stark.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.field.Ext2;
import io.rampart.stark.air.fib.FibonacciAir;
import io.rampart.stark.options.Profile;
import io.rampart.stark.options.ProofOptions;
import org.junit.jupiter.api.Test;

class TranscriptTest {
  static final ProofOptions O = Profile.TEST.options();
  static final byte[] ROOT = new byte[32];

  static Ext2 firstChallenge(FibonacciAir air, ProofOptions o) {
    return Transcript.begin(air, o).commitTrace(ROOT).compositionCoefficients(1)[0];
  }

  @Test
  void everyStatementFieldChangesTheChallenges() {
    Ext2 base = firstChallenge(new FibonacciAir(64, 1, 1, 5), O);
    assertThat(firstChallenge(new FibonacciAir(64, 1, 1, 5), O)).isEqualTo(base);
    assertThat(firstChallenge(new FibonacciAir(128, 1, 1, 5), O)).isNotEqualTo(base);
    assertThat(firstChallenge(new FibonacciAir(64, 2, 1, 5), O)).isNotEqualTo(base);
    assertThat(firstChallenge(new FibonacciAir(64, 1, 2, 5), O)).isNotEqualTo(base);
    assertThat(firstChallenge(new FibonacciAir(64, 1, 1, 6), O)).isNotEqualTo(base);
    assertThat(firstChallenge(new FibonacciAir(64, 1, 1, 5), O.withQueries(9))).isNotEqualTo(base);
  }

  @Test
  void commitmentsChangeLaterChallenges() {
    FibonacciAir air = new FibonacciAir(64, 1, 1, 5);
    byte[] other = new byte[32];
    other[7] = 1;
    Ext2 z1 = Transcript.begin(air, O).commitTrace(ROOT).commitComposition(ROOT).z();
    Ext2 z2 = Transcript.begin(air, O).commitTrace(other).commitComposition(ROOT).z();
    Ext2 z3 = Transcript.begin(air, O).commitTrace(ROOT).commitComposition(other).z();
    assertThat(z1).isNotEqualTo(z2).isNotEqualTo(z3);
    assertThat(z1.c1()).isNotZero();
  }

  @Test
  void anOlderPhaseCannotBeUsedAfterTheNextAbsorb() {
    var phase = Transcript.begin(new FibonacciAir(64, 1, 1, 5), O).commitTrace(ROOT);
    phase.commitComposition(ROOT);
    assertThatThrownBy(() -> phase.compositionCoefficients(1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void grindingFindsANonceWithTheRequiredZeros() {
    ProofOptions o = O.withGrinding(10);
    var pow =
        Transcript.begin(new FibonacciAir(64, 1, 1, 5), o)
            .commitTrace(ROOT)
            .commitComposition(ROOT)
            .absorbOod(new Ext2[0])
            .absorbRemainder(new Ext2[] {Ext2.ONE});
    long nonce = pow.grind();
    assertThat(pow.powValid(nonce)).isTrue();
    int valid = 0;
    for (long n = 0; n < 4096; n++) {
      valid += pow.powValid(n) ? 1 : 0;
    }
    assertThat(valid).isBetween(1, 20); // about 4096 / 1024
  }

  @Test
  void grindingReturnsTheSmallestValidNonce() {
    // 12 bits: the smallest valid nonce is expected near 4096, past the first parallel slices.
    ProofOptions o = O.withGrinding(12);
    for (int r = 0; r < 4; r++) {
      byte[] root = ROOT.clone();
      root[0] ^= (byte) r;
      var pow =
          Transcript.begin(new FibonacciAir(64, 1, 1, 5), o)
              .commitTrace(root)
              .commitComposition(root)
              .absorbOod(new Ext2[0])
              .absorbRemainder(new Ext2[] {Ext2.ONE});
      long nonce = pow.grind();
      assertThat(pow.powValid(nonce)).isTrue();
      for (long n = 0; n < nonce; n++) {
        assertThat(pow.powValid(n)).as("nonce %d below %d", n, nonce).isFalse();
      }
    }
  }
}
