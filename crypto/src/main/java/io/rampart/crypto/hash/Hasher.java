package io.rampart.crypto.hash;

import io.rampart.crypto.Bytes32;

/**
 * A hash function seen as Merkle trees use it: a digest of arbitrary bytes and a two-to-one
 * compression of nodes. Implementations are immutable and safe to share between threads.
 */
public interface Hasher {

  /** Short name used in reports and configuration, for example {@code keccak256}. */
  String name();

  /** Digest of {@code len} bytes of {@code data} starting at {@code off}. */
  Bytes32 hash(byte[] data, int off, int len);

  default Bytes32 hash(byte[] data) {
    return hash(data, 0, data.length);
  }

  /**
   * Hot-loop form of {@link #combine(Bytes32, Bytes32)}: compresses the 64 bytes at {@code
   * in[inOff..inOff+64)} (left node then right node) into {@code out[outOff..outOff+32)}. {@code
   * in} and {@code out} may be the same array.
   */
  void combine(byte[] in, int inOff, byte[] out, int outOff);

  /**
   * {@code count} independent compressions: pair {@code i} at {@code in[inOff + 64i ..+64)} into
   * {@code out[outOff + 32i ..+32)}, with the same results as {@code count} calls of {@link
   * #combine(byte[], int, byte[], int)}; an implementation may hash several pairs at once. {@code
   * out} must not overlap {@code in}.
   */
  default void combineAll(byte[] in, int inOff, byte[] out, int outOff, int count) {
    for (int i = 0; i < count; i++) {
      combine(in, inOff + 64 * i, out, outOff + 32 * i);
    }
  }

  /** Two-to-one compression of Merkle nodes. */
  default Bytes32 combine(Bytes32 left, Bytes32 right) {
    byte[] buf = new byte[64];
    left.copyTo(buf, 0);
    right.copyTo(buf, 32);
    byte[] out = new byte[32];
    combine(buf, 0, out, 0);
    return Bytes32.adopt(out);
  }

  /**
   * Whether {@code node} can be an output of this hasher. Byte hashes accept every value; an
   * algebraic hash accepts only canonical field encodings. Proof verifiers reject nodes that fail.
   */
  default boolean isValidNode(Bytes32 node) {
    return true;
  }
}
