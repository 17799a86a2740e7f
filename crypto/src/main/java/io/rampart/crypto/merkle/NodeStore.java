package io.rampart.crypto.merkle;

/**
 * Where a {@link SparseMerkleTree} keeps its stored nodes, addressed by level (0 = leaves, the tree
 * depth = root) and index within the level (a leaf's index is its key; the parent of {@code i} is
 * {@code i >>> 1}). Each stored node carries a tag: {@code 0} for a leaf, the root, or a node whose
 * subtree holds two or more leaves; {@code t >= 1} for the top of a subtree that holds exactly one
 * leaf, whose key's low {@code level} bits are {@code t - 1}. The tree decides which nodes it
 * stores (see {@link SparseMerkleTree}); the store keeps what it is given.
 *
 * <p>Threading: {@link #get} may be called from several threads at once, but never while {@link
 * #apply} runs; {@code apply} is called by one thread at a time. A tree updates its store only
 * through {@code apply}, one call per update, so a persistent store can make each call atomic.
 */
public interface NodeStore {
  /** Returned by {@link #get} for a node that is not stored; never a tag. */
  long ABSENT = -1;

  /**
   * Copies node ({@code level}, {@code index}) into {@code out[off..off+32)} and returns its tag,
   * or returns {@link #ABSENT} and leaves {@code out} untouched when the node is not stored.
   */
  long get(int level, long index, byte[] out, int off);

  /**
   * Reads many nodes of one level: for each {@code i < count}, node ({@code level}, {@code
   * indices[i]}) goes to {@code out[32i..32i+32)} and {@code tags[i]} receives what {@link #get}
   * returns. Same threading rules as {@link #get}. Stores override it when a batch is cheaper than
   * single reads (a multi-get, or overlapping memory misses); the default reads one by one.
   */
  default void getAll(int level, long[] indices, int count, byte[] out, long[] tags) {
    for (int i = 0; i < count; i++) {
      tags[i] = get(level, indices[i], out, 32 * i);
    }
  }

  /** Writes every node of {@code changes}, removing those it marks removed. */
  void apply(NodeChanges changes);
}
