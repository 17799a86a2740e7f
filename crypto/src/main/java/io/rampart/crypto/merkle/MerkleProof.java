package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Proof that a {@link SparseMerkleTree} holds {@code leaf} at {@code key}. A proof whose leaf is
 * {@link EmptyHashes#EMPTY_LEAF} shows that the key was never set (non-membership). {@code
 * siblings.get(h)} is the sibling of the path node at level {@code h}, bottom-up, so a proof for a
 * depth-d tree has d siblings. Check it with {@link SparseMerkleTree#verify}.
 *
 * <h2>Compressed encoding</h2>
 *
 * Most siblings of a sparse tree are empty-subtree hashes, which the encoding leaves out:
 *
 * <pre>
 *   depth      1 byte, 1..64
 *   key        8 bytes, big-endian
 *   leaf       32 bytes
 *   present    ceil(depth / 8) bytes; bit h (byte h / 8, bit h % 8 counted from the least
 *              significant) is set when sibling h is not the empty hash of level h; unused bits 0
 *   siblings   32 bytes for each set bit, bottom-up
 * </pre>
 *
 * The encoding of a proof is unique: an empty-hash sibling must be left out. Decoding checks the
 * exact length before reading any sibling, so its work is bounded by 64 siblings.
 */
public record MerkleProof(long key, Bytes32 leaf, List<Bytes32> siblings) {
  private static final int HEADER = 1 + 8 + 32;

  public MerkleProof {
    Objects.requireNonNull(leaf, "leaf");
    siblings = List.copyOf(siblings);
  }

  /** Whether the proof shows a set leaf, rather than the absence of one. */
  public boolean isMembership() {
    return !leaf.equals(EmptyHashes.EMPTY_LEAF);
  }

  /** Compressed encoding, using {@code hasher}'s empty-subtree hashes; see the class comment. */
  public byte[] encode(Hasher hasher) {
    int depth = siblings.size();
    SparseMerkleTree.checkDepth(depth);
    EmptyHashes empty = EmptyHashes.of(hasher);
    byte[] present = new byte[(depth + 7) / 8];
    List<Bytes32> kept = new ArrayList<>();
    for (int h = 0; h < depth; h++) {
      if (!empty.isEmpty(h, siblings.get(h))) {
        present[h >>> 3] |= (byte) (1 << (h & 7));
        kept.add(siblings.get(h));
      }
    }
    ByteBuffer out = ByteBuffer.allocate(HEADER + present.length + 32 * kept.size());
    out.put((byte) depth).putLong(key).put(leaf.toArray()).put(present);
    for (Bytes32 s : kept) {
      out.put(s.toArray());
    }
    return out.array();
  }

  /**
   * Decodes a compressed proof for a tree of {@code depth} built with {@code hasher}. Never throws
   * on malformed bytes: they give {@link ProofDecoding.Malformed}.
   */
  public static ProofDecoding decode(byte[] bytes, Hasher hasher, int depth) {
    if (bytes == null || hasher == null) {
      return malformed("missing input");
    }
    if (depth < 1 || depth > EmptyHashes.MAX_LEVEL) {
      return malformed("depth " + depth + " is outside 1..64");
    }
    int bitmapLength = (depth + 7) / 8;
    if (bytes.length < HEADER + bitmapLength) {
      return malformed("truncated: " + bytes.length + " bytes");
    }
    if ((bytes[0] & 0xFF) != depth) {
      return malformed("encoded depth " + (bytes[0] & 0xFF) + ", expected " + depth);
    }
    int count = 0;
    for (int i = 0; i < bitmapLength; i++) {
      count += Integer.bitCount(bytes[HEADER + i] & 0xFF);
    }
    int unused = 8 * bitmapLength - depth;
    if (unused > 0 && (bytes[HEADER + bitmapLength - 1] & 0xFF) >>> (8 - unused) != 0) {
      return malformed("bits set past the depth in the presence bitmap");
    }
    int expected = HEADER + bitmapLength + 32 * count;
    if (bytes.length != expected) {
      return malformed("length " + bytes.length + ", expected " + expected);
    }
    long key = ByteBuffer.wrap(bytes, 1, 8).getLong();
    if (!SparseMerkleTree.inRange(key, depth)) {
      return malformed(
          "key " + Long.toUnsignedString(key) + " is outside a depth-" + depth + " tree");
    }
    EmptyHashes empty = EmptyHashes.of(hasher);
    List<Bytes32> siblings = new ArrayList<>(depth);
    int at = HEADER + bitmapLength;
    for (int h = 0; h < depth; h++) {
      if ((bytes[HEADER + (h >>> 3)] & (1 << (h & 7))) == 0) {
        siblings.add(empty.at(h));
      } else {
        if (empty.isEmpty(h, bytes, at)) {
          return malformed("sibling " + h + " is the empty hash but is encoded in full");
        }
        siblings.add(Bytes32.wrap(Arrays.copyOfRange(bytes, at, at + 32)));
        at += 32;
      }
    }
    Bytes32 leaf = Bytes32.wrap(Arrays.copyOfRange(bytes, 9, HEADER));
    return new ProofDecoding.Decoded(new MerkleProof(key, leaf, siblings));
  }

  private static ProofDecoding malformed(String reason) {
    return new ProofDecoding.Malformed(reason);
  }
}
