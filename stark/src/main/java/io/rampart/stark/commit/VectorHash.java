package io.rampart.stark.commit;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Sha256;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import io.rampart.crypto.poseidon2.Poseidon2Sponge;

/**
 * The hash of a STARK: it hashes row vectors of field elements into Merkle leaves, compresses
 * nodes, and drives the Fiat-Shamir transcript. SHA-256 and BLAKE3 are the fast choices in Java;
 * Poseidon2 (Goldilocks, width 12) keeps a later recursive verifier cheap. The byte {@link #id} is
 * part of the proof options and therefore of the transcript.
 */
public enum VectorHash {
  SHA256(1, Sha256.INSTANCE),
  BLAKE3(2, Blake3.INSTANCE),
  POSEIDON2(3, Poseidon2Hasher.INSTANCE);

  private final int id;
  private final Hasher hasher;

  VectorHash(int id, Hasher hasher) {
    this.id = id;
    this.hasher = hasher;
  }

  public int id() {
    return id;
  }

  /** The hash with this id, or null. */
  public static VectorHash byId(int id) {
    for (VectorHash h : values()) {
      if (h.id == id) {
        return h;
      }
    }
    return null;
  }

  /** Collision resistance of a 256-bit digest, in bits. */
  public int collisionBits() {
    return 128;
  }

  /** Digest of arbitrary bytes (transcript use). */
  public byte[] hashBytes(byte[] data) {
    return hasher.hash(data, 0, data.length).toArray();
  }

  /**
   * Hashes {@code len} canonical field elements of {@code row} from {@code off} into the 32 bytes
   * at {@code out[outOff..]}. Thread-safe.
   */
  public void hashRow(long[] row, int off, int len, byte[] out, int outOff) {
    hashRow(row, off, len, new byte[len * Goldilocks.BYTES], out, outOff);
  }

  /**
   * {@link #hashRow(long[], int, int, byte[], int)} with a caller's scratch buffer of at least
   * {@code 8·len} bytes, reused across calls (one per thread).
   */
  public void hashRow(long[] row, int off, int len, byte[] scratch, byte[] out, int outOff) {
    if (this == POSEIDON2) {
      long[] d = new long[Poseidon2Sponge.OUTPUT];
      Poseidon2Sponge.hashElements(row, off, len, d, 0);
      for (int i = 0; i < d.length; i++) {
        Goldilocks.toBytes(d[i], out, outOff + 8 * i);
      }
      return;
    }
    for (int i = 0; i < len; i++) {
      Goldilocks.toBytes(row[off + i], scratch, 8 * i);
    }
    hasher.hash(scratch, 0, len * Goldilocks.BYTES).copyTo(out, outOff);
  }

  /** Compresses the two nodes at {@code in[inOff..inOff+64)} into {@code out[outOff..+32)}. */
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    hasher.combine(in, inOff, out, outOff);
  }

  /** Whether a node received from a prover can be an output of this hash. */
  public boolean isValidNode(byte[] node) {
    return hasher.isValidNode(Bytes32.wrap(node));
  }
}
