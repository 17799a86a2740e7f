package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Merkle tree over an ordered list of byte strings, built once.
 *
 * <ul>
 *   <li>Leaf: {@code hash(0x00 || item)}. Its preimage starts with a tag byte no other node
 *       preimage of this tree is built from, so an item cannot pass for an inner node.
 *   <li>Inner node: {@code combine(left, right)}, pairing nodes left to right; an odd last node is
 *       carried up to the next level unchanged (neither duplicated nor padded). This is the shape
 *       of RFC 6962 section 2.1: the left subtree holds the largest power of two below the count.
 *   <li>Root: {@code combine(top, count)}, where {@code top} is the single node left (or {@link
 *       Bytes32#ZERO} for the empty list) and {@code count} is 24 zero bytes then the item count as
 *       8 big-endian bytes. Binding the count fixes the shape, so a proof cannot move an item to
 *       another index or another list length. The empty list's root is {@code combine(0, 0)}.
 * </ul>
 */
public final class BinaryMerkleTree {
  /** Most items one tree holds: its leaf level is one array of 32-byte hashes. */
  public static final int MAX_ITEMS = Integer.MAX_VALUE / 32;

  private final Hasher hasher;
  private final int size;

  /** levels[k] holds the nodes of height k, 32 bytes each; levels[0] the leaf hashes. */
  private final byte[][] levels;

  private final Bytes32 root;

  private BinaryMerkleTree(Hasher hasher, int size, byte[][] levels, Bytes32 root) {
    this.hasher = hasher;
    this.size = size;
    this.levels = levels;
    this.root = root;
  }

  /** Builds the tree of {@code items} (the list and arrays are read, not kept). */
  public static BinaryMerkleTree of(Hasher hasher, List<byte[]> items) {
    Objects.requireNonNull(hasher, "hasher");
    int n = items.size();
    if (n > MAX_ITEMS) {
      throw new IllegalArgumentException(
          n + " items; an in-memory tree holds at most " + MAX_ITEMS);
    }
    List<byte[]> levels = new ArrayList<>();
    byte[] level = new byte[32 * n];
    for (int i = 0; i < n; i++) {
      leafHash(hasher, items.get(i)).copyTo(level, 32 * i);
    }
    levels.add(level);
    for (int count = n; count > 1; count = halfUp(count)) {
      byte[] up = new byte[32 * halfUp(count)];
      for (int j = 0; 2 * j < count; j++) {
        if (2 * j + 1 < count) {
          hasher.combine(level, 64 * j, up, 32 * j);
        } else {
          System.arraycopy(level, 64 * j, up, 32 * j, 32);
        }
      }
      levels.add(up);
      level = up;
    }
    Bytes32 top = n == 0 ? Bytes32.ZERO : Bytes32.wrap(Arrays.copyOf(level, 32));
    return new BinaryMerkleTree(hasher, n, levels.toArray(byte[][]::new), mixCount(hasher, top, n));
  }

  /** The leaf of {@code item}: {@code hash(0x00 || item)}. */
  public static Bytes32 leafHash(Hasher hasher, byte[] item) {
    byte[] tagged = new byte[1 + item.length];
    System.arraycopy(item, 0, tagged, 1, item.length);
    return hasher.hash(tagged);
  }

  public Hasher hasher() {
    return hasher;
  }

  /** Number of items. */
  public int size() {
    return size;
  }

  public Bytes32 root() {
    return root;
  }

  /** The leaf hash of item {@code index}. */
  public Bytes32 leaf(int index) {
    Objects.checkIndex(index, size);
    return Bytes32.wrap(Arrays.copyOfRange(levels[0], 32 * index, 32 * index + 32));
  }

  /** Inclusion proof of item {@code index}. */
  public BinaryMerkleProof prove(int index) {
    Objects.checkIndex(index, size);
    List<Bytes32> siblings = new ArrayList<>();
    int pos = index;
    int height = 0;
    for (int count = size; count > 1; count = halfUp(count)) {
      if ((pos ^ 1) < count) {
        int s = 32 * (pos ^ 1);
        siblings.add(Bytes32.wrap(Arrays.copyOfRange(levels[height], s, s + 32)));
      }
      pos >>>= 1;
      height++;
    }
    return new BinaryMerkleProof(index, size, siblings);
  }

  /** {@link #verify} for the leaf of {@code item}. */
  public static ProofCheck verifyItem(
      Hasher hasher, Bytes32 root, byte[] item, BinaryMerkleProof proof) {
    if (hasher == null || item == null) {
      return ProofCheck.invalid(ProofCheck.Reason.MISSING_INPUT, "hasher and item needed");
    }
    return verify(hasher, root, leafHash(hasher, item), proof);
  }

  /**
   * Checks that {@code proof} places {@code leaf} at its index in a list of its leaf count under
   * {@code root}. Never throws: missing or malformed input yields {@link ProofCheck.Invalid}.
   */
  public static ProofCheck verify(
      Hasher hasher, Bytes32 root, Bytes32 leaf, BinaryMerkleProof proof) {
    if (hasher == null || root == null || leaf == null || proof == null) {
      return ProofCheck.invalid(ProofCheck.Reason.MISSING_INPUT, "hasher, root, leaf, proof");
    }
    int count = proof.leafCount();
    int index = proof.index();
    if (count < 1 || index < 0 || index >= count) {
      return ProofCheck.invalid(
          ProofCheck.Reason.OUT_OF_RANGE, "index " + index + " of " + count + " leaves");
    }
    int expected = 0;
    for (int c = count, pos = index; c > 1; c = halfUp(c), pos >>>= 1) {
      if ((pos ^ 1) < c) {
        expected++;
      }
    }
    List<Bytes32> siblings = proof.siblings();
    if (siblings.size() != expected) {
      return ProofCheck.invalid(
          ProofCheck.Reason.WRONG_SIBLING_COUNT, siblings.size() + " siblings, need " + expected);
    }
    if (!hasher.isValidNode(root) || !hasher.isValidNode(leaf)) {
      return ProofCheck.invalid(ProofCheck.Reason.INVALID_NODE, "root or leaf");
    }
    for (int i = 0; i < expected; i++) {
      if (!hasher.isValidNode(siblings.get(i))) {
        return ProofCheck.invalid(ProofCheck.Reason.INVALID_NODE, "sibling " + i);
      }
    }
    byte[] pair = new byte[64];
    byte[] node = leaf.toArray();
    int used = 0;
    for (int c = count, pos = index; c > 1; c = halfUp(c), pos >>>= 1) {
      if ((pos ^ 1) < c) {
        boolean right = (pos & 1) == 1;
        System.arraycopy(node, 0, pair, right ? 32 : 0, 32);
        siblings.get(used++).copyTo(pair, right ? 0 : 32);
        hasher.combine(pair, 0, node, 0);
      }
    }
    return mixCount(hasher, Bytes32.wrap(node), count).equals(root)
        ? ProofCheck.VALID
        : ProofCheck.invalid(ProofCheck.Reason.ROOT_MISMATCH, "recomputed root differs");
  }

  /** Nodes on the level above {@code count} nodes: {@code ceil(count / 2)}, without overflow. */
  private static int halfUp(int count) {
    return (count >>> 1) + (count & 1);
  }

  private static Bytes32 mixCount(Hasher hasher, Bytes32 top, long count) {
    byte[] countNode = new byte[32];
    for (int i = 0; i < 8; i++) {
      countNode[31 - i] = (byte) (count >>> (8 * i));
    }
    return hasher.combine(top, Bytes32.adopt(countNode));
  }
}
