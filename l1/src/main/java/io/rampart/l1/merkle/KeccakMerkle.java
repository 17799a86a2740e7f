package io.rampart.l1.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal binary Keccak-256 Merkle tree for withdrawal proofs, until the crypto module's Merkle
 * library replaces it.
 *
 * <ul>
 *   <li>leaf = keccak(0x00 ‖ data)
 *   <li>node = keccak(left ‖ right)
 *   <li>the leaf layer is padded to the next power of two with {@link Bytes32#ZERO} (the "zero
 *       hash"); a tree of one leaf has that leaf as root and an empty proof; an empty tree has root
 *       ZERO
 *   <li>a proof lists the sibling of each level, leaf level first; bit {@code i} of the leaf index
 *       says whether the node at level {@code i} is a right child
 * </ul>
 */
public final class KeccakMerkle {

  private KeccakMerkle() {}

  public static Bytes32 leafHash(byte[] data) {
    byte[] buf = new byte[data.length + 1];
    System.arraycopy(data, 0, buf, 1, data.length);
    return Keccak256.digest(buf);
  }

  public static Bytes32 node(Bytes32 left, Bytes32 right) {
    return Keccak256.INSTANCE.combine(left, right);
  }

  public static Bytes32 root(List<byte[]> leaves) {
    if (leaves.isEmpty()) {
      return Bytes32.ZERO;
    }
    List<Bytes32> level = paddedLeaves(leaves);
    while (level.size() > 1) {
      level = up(level);
    }
    return level.getFirst();
  }

  /** The sibling path of leaf {@code index}. */
  public static List<Bytes32> proof(List<byte[]> leaves, int index) {
    if (index < 0 || index >= leaves.size()) {
      throw new IndexOutOfBoundsException("leaf " + index + " of " + leaves.size());
    }
    List<Bytes32> level = paddedLeaves(leaves);
    List<Bytes32> path = new ArrayList<>();
    int i = index;
    while (level.size() > 1) {
      path.add(level.get(i ^ 1));
      level = up(level);
      i >>>= 1;
    }
    return path;
  }

  /** Whether {@code data} is leaf {@code index} of the tree with root {@code root}. */
  public static boolean verify(Bytes32 root, byte[] data, long index, List<Bytes32> proof) {
    if (proof.size() > 63 || index < 0 || index >= (1L << proof.size())) {
      return false;
    }
    Bytes32 h = leafHash(data);
    for (int level = 0; level < proof.size(); level++) {
      h = ((index >>> level) & 1) == 0 ? node(h, proof.get(level)) : node(proof.get(level), h);
    }
    return h.equals(root);
  }

  private static List<Bytes32> paddedLeaves(List<byte[]> leaves) {
    int size = 1;
    while (size < leaves.size()) {
      size <<= 1;
    }
    List<Bytes32> out = new ArrayList<>(size);
    for (byte[] l : leaves) {
      out.add(leafHash(l));
    }
    while (out.size() < size) {
      out.add(Bytes32.ZERO);
    }
    return out;
  }

  private static List<Bytes32> up(List<Bytes32> level) {
    List<Bytes32> next = new ArrayList<>(level.size() / 2);
    for (int i = 0; i < level.size(); i += 2) {
      next.add(node(level.get(i), level.get(i + 1)));
    }
    return next;
  }
}
