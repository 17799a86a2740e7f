package io.rampart.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import java.util.Arrays;
import net.jqwik.api.Example;
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

  /**
   * The specialised 64-byte path against the general sponge, at any offsets, including output
   * written over its own input (the Hasher contract allows {@code in == out}).
   */
  @Property(tries = 500)
  void combineAgreesWithTheGeneralSponge(
      @ForAll @Size(min = 64, max = 200) byte[] data, @ForAll int a, @ForAll int b) {
    int inOff = Math.floorMod(a, data.length - 63);
    int outOff = Math.floorMod(b, data.length - 31);
    Bytes32 expected = Keccak256.INSTANCE.hash(data, inOff, 64);
    byte[] separate = new byte[data.length];
    Keccak256.INSTANCE.combine(data, inOff, separate, outOff);
    assertThat(Bytes32.wrap(Arrays.copyOfRange(separate, outOff, outOff + 32))).isEqualTo(expected);
    byte[] inPlace = data.clone();
    Keccak256.INSTANCE.combine(inPlace, inOff, inPlace, outOff);
    assertThat(Bytes32.wrap(Arrays.copyOfRange(inPlace, outOff, outOff + 32))).isEqualTo(expected);
  }

  /** Many pairs at once (four per vector step, the rest one by one) equal one call per pair. */
  @Property(tries = 300)
  void combineAllAgreesWithOneCombinePerPair(
      @ForAll @Size(max = 1400) byte[] data, @ForAll int a, @ForAll int b) {
    int count = Math.floorMod(a, data.length / 64 + 1);
    int inOff = Math.floorMod(b, data.length - 64 * count + 1);
    byte[] all = new byte[32 * count + 7];
    Keccak256.INSTANCE.combineAll(data, inOff, all, 7, count);
    for (int i = 0; i < count; i++) {
      byte[] one = new byte[32];
      Keccak256.INSTANCE.combine(data, inOff + 64 * i, one, 0);
      assertThat(Arrays.copyOfRange(all, 7 + 32 * i, 39 + 32 * i)).as("pair " + i).isEqualTo(one);
    }
  }

  /** The four-lane vector path itself, whether or not combineAll chooses it on this machine. */
  @Property(tries = 200)
  void fourLanesAgreeWithTheScalarPath(@ForAll @Size(min = 256, max = 1024) byte[] data) {
    int count = data.length / 64;
    byte[] lanes = new byte[32 * count];
    int done = Keccak256.combineFours(data, 0, lanes, 0, count);
    assertThat(done).isEqualTo(count / 4 * 4);
    byte[] scalar = new byte[32 * count];
    Keccak256.combineOneByOne(data, 0, scalar, 0, count);
    assertThat(Arrays.copyOf(lanes, 32 * done)).isEqualTo(Arrays.copyOf(scalar, 32 * done));
  }

  /** The build starts test JVMs with the Vector API module, so the fast path is what is tested. */
  @Example
  void vectorPathIsOnWhereTheHardwareHasIt() {
    assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    assertThat(KeccakLanes.AVAILABLE).isEqualTo(KeccakTwoToOne4.native256());
  }

  @Example
  void combineAllRejectsBadRanges() {
    byte[] in = new byte[128];
    byte[] out = new byte[64];
    assertThatThrownBy(() -> Keccak256.INSTANCE.combineAll(in, 0, out, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keccak256.INSTANCE.combineAll(in, 1, out, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Keccak256.INSTANCE.combineAll(in, 0, out, 1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
