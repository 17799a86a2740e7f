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

  /** Writes every node of {@code changes}; a node set to its level's empty hash is removed. */
  void apply(NodeChanges changes);
}
