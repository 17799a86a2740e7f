package io.rampart.crypto.merkle;

import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hash.Sha256;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The hashers every Merkle test runs against; a new hasher is one more entry here. */
final class TestHashers {
  static final List<Hasher> ALL =
      List.of(
          Keccak256.INSTANCE,
          Sha256.INSTANCE,
          Poseidon2Hasher.INSTANCE,
          CanonicalTestHasher.INSTANCE);

  private TestHashers() {}

  static Arbitrary<Hasher> arbitrary() {
    return Arbitraries.of(ALL);
  }
}
