package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;

/** What a verifier must answer when one node of an otherwise genuine proof is changed. */
final class Tampering {
  private Tampering() {}

  /**
   * Asserts that {@code check}, the verdict on a proof whose only change is one node now equal to
   * {@code tampered}, names the check that caught it: {@link ProofCheck.Reason#INVALID_NODE} when
   * the hasher cannot output {@code tampered} (the canonical-encoding check), otherwise {@link
   * ProofCheck.Reason#ROOT_MISMATCH} (hashing binds the node to the root).
   */
  static void assertCaught(Hasher h, Bytes32 tampered, ProofCheck check) {
    ProofCheck.Reason expected =
        h.isValidNode(tampered) ? ProofCheck.Reason.ROOT_MISMATCH : ProofCheck.Reason.INVALID_NODE;
    assertThat(check)
        .as("%s, tampered node %s", h.name(), tampered)
        .isInstanceOfSatisfying(
            ProofCheck.Invalid.class, i -> assertThat(i.reason()).isEqualTo(expected));
  }
}
