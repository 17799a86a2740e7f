package io.rampart.stark.commit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A binary Merkle tree over a power-of-two number of leaf digests (32 bytes each), stored flat:
 * node i at bytes [32·i, 32·i + 32), root at 1, leaves at L..2L. Openings of several leaves share
 * their paths ({@link #openBatch}): only nodes the verifier cannot compute are sent, in the order
 * {@link MerkleBatch#verify} consumes them. Immutable once built; thread-safe to read.
 */
public final class MerkleTree {
  private final VectorHash hash;
  private final int leaves;
  private final byte[] nodes;

  private MerkleTree(VectorHash hash, int leaves, byte[] nodes) {
    this.hash = hash;
    this.leaves = leaves;
    this.nodes = nodes;
  }

  /**
   * Builds the tree over {@code leafDigests} (32·L bytes, L a power of two at least 2). Large
   * levels are hashed on the common ForkJoinPool.
   */
  public static MerkleTree build(VectorHash hash, byte[] leafDigests) {
    int leaves = leafDigests.length / 32;
    if (leaves < 2 || Integer.bitCount(leaves) != 1 || leafDigests.length != 32 * leaves) {
      throw new IllegalArgumentException("need a power of two (>= 2) of 32-byte leaves");
    }
    byte[] nodes = new byte[64 * leaves];
    System.arraycopy(leafDigests, 0, nodes, 32 * leaves, leafDigests.length);
    for (int start = leaves >>> 1; start >= 1; start >>>= 1) {
      final int s = start;
      IntStream range = IntStream.range(s, 2 * s);
      if (s >= 4096) {
        range = range.parallel();
      }
      range.forEach(i -> hash.combine(nodes, 64 * i, nodes, 32 * i));
    }
    return new MerkleTree(hash, leaves, nodes);
  }

  public byte[] root() {
    return Arrays.copyOfRange(nodes, 32, 64);
  }

  public int depth() {
    return Integer.numberOfTrailingZeros(leaves);
  }

  public VectorHash hash() {
    return hash;
  }

  /** The sibling nodes that prove the leaves at {@code indices} (sorted, distinct). */
  public List<byte[]> openBatch(int[] indices) {
    List<byte[]> out = new ArrayList<>();
    int[] level = indices.clone();
    int count = level.length;
    for (int d = 0; d < depth(); d++) {
      int levelStart = leaves >>> d;
      int next = 0;
      for (int i = 0; i < count; i++) {
        int idx = level[i];
        if ((idx & 1) == 0 && i + 1 < count && level[i + 1] == idx + 1) {
          i++;
        } else {
          int sib = (levelStart + (idx ^ 1)) * 32;
          out.add(Arrays.copyOfRange(nodes, sib, sib + 32));
        }
        level[next++] = idx >>> 1;
      }
      count = next;
    }
    return out;
  }
}
