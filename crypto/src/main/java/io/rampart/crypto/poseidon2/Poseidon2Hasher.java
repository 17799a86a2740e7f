package io.rampart.crypto.poseidon2;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.hash.Hasher;
import java.util.Objects;

/**
 * Poseidon2 over Goldilocks as a Merkle {@link Hasher}, for trees a STARK must open cheaply.
 *
 * <p>A node is 4 canonical field elements, each 8 bytes little-endian (32 bytes). Only such nodes
 * are valid: {@link #isValidNode} says so, and {@link #combine} throws on anything else rather than
 * reduce it, because a non-canonical limb would give a second encoding of the same node.
 *
 * <p>Compression is the truncated permutation used by Plonky2 ({@code two_to_one}) and Plonky3
 * ({@code TruncatedPermutation}): the first 4 elements of Poseidon2([left, right, 0, 0, 0, 0]).
 * Truncation already keeps the permutation from being inverted (a preimage must hit an all-zero
 * capacity, 256 bits), so no feed-forward is added; collision resistance is about 128 bits from the
 * 256-bit output. {@link #hash} is the bytes mode of {@link Poseidon2Sponge}, whose capacity tag is
 * non-zero, so leaf hashes and inner-node compressions never start from the same state.
 *
 * <p><b>Provenance.</b> Only the permutation is checked against external vectors (the Poseidon2
 * authors' known answers, see {@link Poseidon2}). The node layout, the 2-to-1 compression as
 * instantiated here (this permutation and its constants, this input order and truncation) and the
 * leaf hash ({@link Poseidon2Sponge}, with its byte packing and domain tags) are Rampart's own
 * construction: no external vectors exist for them, outputs are not expected to match other
 * libraries' Poseidon2 hashers, and their tests check self-consistency only (compression equals the
 * truncated permutation spelled out, every input bit matters, non-canonical nodes are refused,
 * leaves and inner nodes are domain-separated).
 *
 * <p>Immutable and thread-safe.
 */
public final class Poseidon2Hasher implements Hasher {
  public static final Poseidon2Hasher INSTANCE = new Poseidon2Hasher();

  /** Field elements per node. */
  public static final int NODE_ELEMENTS = 4;

  private Poseidon2Hasher() {}

  @Override
  public String name() {
    return "poseidon2-goldilocks";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    long[] digest = new long[NODE_ELEMENTS];
    Poseidon2Sponge.hashBytes(data, off, len, digest, 0);
    return toNode(digest);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a limb of either node is not canonical ({@code out} is left
   *     unchanged)
   */
  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    Objects.checkFromIndexSize(inOff, 2 * Bytes32.SIZE, in.length);
    Objects.checkFromIndexSize(outOff, Bytes32.SIZE, out.length);
    long[] s = new long[Poseidon2.WIDTH];
    for (int i = 0; i < 2 * NODE_ELEMENTS; i++) {
      long limb = Goldilocks.readRaw(in, inOff + Goldilocks.BYTES * i);
      if (!Goldilocks.isCanonical(limb)) {
        throw nonCanonical(i, limb);
      }
      s[i] = limb;
    }
    Poseidon2.permuteUnchecked(s);
    for (int i = 0; i < NODE_ELEMENTS; i++) {
      Goldilocks.toBytes(s[i], out, outOff + Goldilocks.BYTES * i);
    }
  }

  /**
   * The array form of {@link #combine}: compresses the 8 elements {@code in[inOff..inOff+8)} (left
   * node, then right node) into {@code out[outOff..outOff+4)}.
   *
   * @throws IllegalArgumentException if an input element is not canonical ({@code out} is left
   *     unchanged)
   */
  public static void compress(long[] in, int inOff, long[] out, int outOff) {
    Objects.checkFromIndexSize(inOff, 2 * NODE_ELEMENTS, in.length);
    Objects.checkFromIndexSize(outOff, NODE_ELEMENTS, out.length);
    long[] s = new long[Poseidon2.WIDTH];
    for (int i = 0; i < 2 * NODE_ELEMENTS; i++) {
      long limb = in[inOff + i];
      if (!Goldilocks.isCanonical(limb)) {
        throw nonCanonical(i, limb);
      }
      s[i] = limb;
    }
    Poseidon2.permuteUnchecked(s);
    System.arraycopy(s, 0, out, outOff, NODE_ELEMENTS);
  }

  /** True when all 4 limbs of {@code node} are canonical field elements. */
  @Override
  public boolean isValidNode(Bytes32 node) {
    byte[] b = node.toArray();
    for (int i = 0; i < NODE_ELEMENTS; i++) {
      if (!Goldilocks.isCanonicalEncoding(b, Goldilocks.BYTES * i)) {
        return false;
      }
    }
    return true;
  }

  /** The 4 limbs of a valid node. */
  public static long[] toElements(Bytes32 node) {
    byte[] b = node.toArray();
    long[] out = new long[NODE_ELEMENTS];
    for (int i = 0; i < NODE_ELEMENTS; i++) {
      out[i] = Goldilocks.fromBytes(b, Goldilocks.BYTES * i);
    }
    return out;
  }

  /** The node whose limbs are the 4 canonical elements {@code limbs}. */
  public static Bytes32 toNode(long[] limbs) {
    if (limbs.length != NODE_ELEMENTS) {
      throw new IllegalArgumentException("a node has 4 limbs, got " + limbs.length);
    }
    byte[] out = new byte[Bytes32.SIZE];
    for (int i = 0; i < NODE_ELEMENTS; i++) {
      if (!Goldilocks.isCanonical(limbs[i])) {
        throw new IllegalArgumentException(
            "limb " + i + " is not a canonical field element: 0x" + Long.toHexString(limbs[i]));
      }
      Goldilocks.toBytes(limbs[i], out, Goldilocks.BYTES * i);
    }
    return Bytes32.adopt(out);
  }

  private static IllegalArgumentException nonCanonical(int limb, long value) {
    String side = limb < NODE_ELEMENTS ? "left" : "right";
    return new IllegalArgumentException(
        "limb "
            + (limb % NODE_ELEMENTS)
            + " of the "
            + side
            + " node is not a canonical field element: 0x"
            + Long.toHexString(value));
  }
}
