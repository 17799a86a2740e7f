package io.rampart.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** The hand-written sponge agrees with BouncyCastle's KeccakDigest, the reference oracle. */
class Keccak256PropertyTest {

  private static Bytes32 reference(byte[] data, int off, int len) {
    KeccakDigest d = new KeccakDigest(256);
    d.update(data, off, len);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return Bytes32.wrap(out);
  }

  @Property(tries = 300)
  void hashAgreesWithBouncyCastle(@ForAll @Size(max = 700) byte[] data) {
    assertThat(Keccak256.digest(data)).isEqualTo(reference(data, 0, data.length));
  }

  @Property(tries = 200)
  void hashOfASliceAgreesWithBouncyCastle(
      @ForAll @Size(min = 1, max = 500) byte[] data, @ForAll int a, @ForAll int b) {
    int off = Math.floorMod(a, data.length);
    int len = Math.floorMod(b, data.length - off + 1);
    assertThat(Keccak256.INSTANCE.hash(data, off, len)).isEqualTo(reference(data, off, len));
  }

  @Property(tries = 200)
  void combineAgreesWithBouncyCastle(@ForAll @Size(64) byte[] in) {
    byte[] out = new byte[32];
    Keccak256.INSTANCE.combine(in, 0, out, 0);
    assertThat(Bytes32.wrap(out)).isEqualTo(reference(in, 0, 64));
  }
}
