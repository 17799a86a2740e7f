package io.rampart.crypto.merkle;

/**
 * Where a {@link SparseMerkleTree} keeps its non-empty nodes, addressed by level (0 = leaves, the
 * tree depth = root) and index within the level (a leaf's index is its key; the parent of {@code i}
 * is {@code i >>> 1}). A node absent from the store is the empty-subtree hash of its level.
 *
 * <p>Threading: {@link #get} may be called from several threads at once, but never while {@link
 * #apply} runs; {@code apply} is called by one thread at a time. A tree updates its store only
 * through {@code apply}, one call per update, so a persistent store can make each call atomic.
 */
public interface NodeStore {

  /**
   * Copies node ({@code level}, {@code index}) into {@code out[off..off+32)} and returns true, or
   * returns false and leaves {@code out} untouched when the node is empty.
   */
  boolean get(int level, long index, byte[] out, int off);

  /**
   * Reads many nodes of one level: for each {@code i < count}, node ({@code level}, {@code
   * indices[i]}) goes to {@code out[32i..32i+32)} and {@code found[i]} says whether it exists. Same
   * threading rules as {@link #get}. Stores override it when a batch is cheaper than single reads
   * (a multi-get, or overlapping memory misses); the default reads one by one.
   */
  default void getAll(int level, long[] indices, int count, byte[] out, boolean[] found) {
    for (int i = 0; i < count; i++) {
      found[i] = get(level, indices[i], out, 32 * i);
    }
  }

  /**
   * Hint that nodes ({@code level}, {@code indices[i]}) for {@code i < count} will be read soon, so
   * a store can start fetching them. Same threading rules as {@link #get}; the default does
   * nothing.
   */
  default void prefetch(int level, long[] indices, int count) {}

  /** Writes every node of {@code changes}; a node set to its level's empty hash is removed. */
  void apply(NodeChanges changes);
}
