package io.rampart.stark.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.stark.commit.VectorHash;
import org.junit.jupiter.api.Test;

class SecurityTest {
  @Test
  void hundredBitProfileGivesOneHundredBits() {
    ProofOptions o = Profile.BITS_100.options();
    assertThat(Security.queryBits(o)).isEqualTo(28 * 3 + 16);
    assertThat(Security.conjecturedBits(o, 1 << 17)).isEqualTo(100);
    System.out.println("BITS_100 at 2^17 rows: " + Security.describe(o, 1 << 17));
  }

  @Test
  void oneHundredTwentyEightBitProfileIsCappedByTheExtensionField() {
    ProofOptions o = Profile.BITS_128.options();
    assertThat(Security.queryBits(o)).isEqualTo(128);
    assertThat(Security.conjecturedBits(o, 1 << 17)).isEqualTo(128 - 21);
    System.out.println("BITS_128 at 2^17 rows: " + Security.describe(o, 1 << 17));
  }

  @Test
  void optionsRoundTripThroughTheirEncoding() {
    for (Profile p : Profile.values()) {
      for (VectorHash h : VectorHash.values()) {
        ProofOptions o = p.options().withHash(h);
        assertThat(ProofOptions.decode(o.encode(), 0)).isEqualTo(o);
      }
    }
    assertThat(ProofOptions.decode(new byte[] {0, 3, 0, 8, 5, 1}, 0)).isNull();
    assertThat(ProofOptions.decode(new byte[] {8, 3, 0, 3, 5, 1}, 0)).isNull();
    assertThat(ProofOptions.decode(new byte[] {8, 3, 0, 8, 5, 9}, 0)).isNull();
  }
}
