package io.rampart.crypto.poseidon2;

import io.rampart.crypto.field.Felt;
import io.rampart.crypto.field.Goldilocks;
import java.util.List;
import java.util.Objects;

/**
 * A sponge over the width-12 {@link Poseidon2} permutation for inputs of any length: rate 8
 * (state[0..8)), capacity 4 (state[8..12)), output 4 elements (state[0..4) after the last
 * permutation), about 128 bits of collision resistance.
 *
 * <p>Absorbing adds each block of 8 elements into the rate part (field addition) and permutes. The
 * initial state is all zero except state[8], a mode tag: {@link #TAG_ELEMENTS} or {@link
 * #TAG_BYTES}. Two-to-one compression ({@link Poseidon2Hasher#compress}) starts from an all-zero
 * capacity, so the three uses never share an initial state.
 *
 * <p><b>Elements mode</b> ({@link #hashElements}): the input is followed by the element 1 and then
 * by zeros up to a multiple of 8 (10* padding). Always at least one block.
 *
 * <p><b>Bytes mode</b> ({@link #hashBytes}): the bytes are followed by the byte 0x01 and then by
 * zero bytes up to a multiple of 7; each 7 bytes become one element, read little-endian (below
 * 2^56, hence canonical). The last element contains the 0x01 byte, so it is non-zero, and the
 * element sequence is completed with zero elements to a multiple of 8 without a further marker.
 * Both steps are invertible (strip trailing zeros, then the marker), so distinct byte strings give
 * distinct absorbed sequences. 56 bytes per permutation.
 *
 * <p><b>Provenance.</b> Only the permutation is external: {@link Poseidon2} matches the Poseidon2
 * authors' known-answer vectors. This sponge is Rampart's own construction: the byte packing (7
 * bytes per element, 0x01 marker), the padding, the mode tags and the rate/capacity split follow
 * common practice but no published specification, so no external test vectors exist for its outputs
 * and other Poseidon2 libraries are not expected to give the same hashes. Its tests check
 * self-consistency only: the code against the construction spelled out over the bare permutation,
 * injectivity of the padding on short inputs, domain separation of the modes, canonical outputs.
 *
 * <p>Stateless and thread-safe; each call allocates its own 12-element state.
 */
public final class Poseidon2Sponge {
  public static final int RATE = 8;
  public static final int CAPACITY = 4;
  public static final int OUTPUT = 4;

  /** Payload bytes packed into one field element in bytes mode. */
  public static final int BYTES_PER_ELEMENT = 7;

  /** Initial value of state[8] in elements mode. */
  public static final long TAG_ELEMENTS = 1;

  /** Initial value of state[8] in bytes mode. */
  public static final long TAG_BYTES = 2;

  private Poseidon2Sponge() {}

  /**
   * Hashes {@code len} canonical field elements starting at {@code off} and writes 4 canonical
   * elements to {@code out[outOff..outOff+4)}.
   *
   * @throws IllegalArgumentException if an input element is not canonical (nothing is written)
   */
  public static void hashElements(long[] in, int off, int len, long[] out, int outOff) {
    Objects.checkFromIndexSize(off, len, in.length);
    Objects.checkFromIndexSize(outOff, OUTPUT, out.length);
    for (int i = 0; i < len; i++) {
      if (!Goldilocks.isCanonical(in[off + i])) {
        throw new IllegalArgumentException(
            "input element " + i + " is not canonical: " + Long.toUnsignedString(in[off + i]));
      }
    }
    long[] s = new long[Poseidon2.WIDTH];
    s[RATE] = TAG_ELEMENTS;
    int pos = 0;
    for (int i = 0; i < len; i++) {
      s[pos] = Goldilocks.add(s[pos], in[off + i]);
      if (++pos == RATE) {
        Poseidon2.permuteUnchecked(s);
        pos = 0;
      }
    }
    s[pos] = Goldilocks.add(s[pos], 1); // 10* padding; the zeros change nothing
    Poseidon2.permuteUnchecked(s);
    System.arraycopy(s, 0, out, outOff, OUTPUT);
  }

  /** Allocating form of {@link #hashElements(long[], int, int, long[], int)}. */
  public static long[] hashElements(long[] in) {
    long[] out = new long[OUTPUT];
    hashElements(in, 0, in.length, out, 0);
    return out;
  }

  /** Hashes field elements to 4 field elements. */
  public static List<Felt> hash(List<Felt> elements) {
    long[] in = new long[elements.size()];
    for (int i = 0; i < in.length; i++) {
      in[i] = elements.get(i).value();
    }
    long[] out = hashElements(in);
    return List.of(Felt.of(out[0]), Felt.of(out[1]), Felt.of(out[2]), Felt.of(out[3]));
  }

  /**
   * Hashes {@code len} bytes starting at {@code off} in bytes mode and writes 4 canonical elements
   * to {@code out[outOff..outOff+4)}.
   */
  public static void hashBytes(byte[] data, int off, int len, long[] out, int outOff) {
    Objects.checkFromIndexSize(off, len, data.length);
    Objects.checkFromIndexSize(outOff, OUTPUT, out.length);
    long[] s = new long[Poseidon2.WIDTH];
    s[RATE] = TAG_BYTES;
    int elements = len / BYTES_PER_ELEMENT + 1; // the last one carries the 0x01 marker
    int pos = 0;
    for (int e = 0; e < elements; e++) {
      int start = off + e * BYTES_PER_ELEMENT;
      int avail = Math.min(BYTES_PER_ELEMENT, off + len - start);
      long v = 0;
      for (int k = 0; k < avail; k++) {
        v |= (data[start + k] & 0xFFL) << (8 * k);
      }
      if (avail < BYTES_PER_ELEMENT) {
        v |= 1L << (8 * avail); // the 0x01 marker, then zero bytes
      }
      s[pos] = Goldilocks.add(s[pos], v);
      if (++pos == RATE) {
        Poseidon2.permuteUnchecked(s);
        pos = 0;
      }
    }
    if (pos != 0) {
      Poseidon2.permuteUnchecked(s); // the rest of the block is zero elements
    }
    System.arraycopy(s, 0, out, outOff, OUTPUT);
  }

  /** Allocating form of {@link #hashBytes(byte[], int, int, long[], int)}. */
  public static long[] hashBytes(byte[] data) {
    long[] out = new long[OUTPUT];
    hashBytes(data, 0, data.length, out, 0);
    return out;
  }
}
