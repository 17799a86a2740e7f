package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Sha256;

/**
 * Test-only hasher that behaves like an algebraic hash: only values below 2^255 (top bit clear) are
 * nodes. It is SHA-256 with the top output bit cleared; {@code combine} throws {@link
 * IllegalArgumentException} on a non-canonical input, as the Poseidon2 hasher will.
 */
final class CanonicalTestHasher implements Hasher {
  static final CanonicalTestHasher INSTANCE = new CanonicalTestHasher();

  private CanonicalTestHasher() {}

  @Override
  public String name() {
    return "sha256-top-bit-clear";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    byte[] out = Sha256.INSTANCE.hash(data, off, len).toArray();
    out[0] &= 0x7f;
    return Bytes32.adopt(out);
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    if (in[inOff] < 0 || in[inOff + 32] < 0) {
      throw new IllegalArgumentException("non-canonical node");
    }
    Sha256.INSTANCE.combine(in, inOff, out, outOff);
    out[outOff] &= 0x7f;
  }

  @Override
  public boolean isValidNode(Bytes32 node) {
    return node.get(0) >= 0;
  }
}
