package io.rampart.crypto.merkle;

/**
 * The dirty nodes of one level during an update, in ascending index order, with what the walk needs
 * to know of each: its new value, how many leaves its subtree holds now (0, 1, or 2 for two or
 * more), the key of that leaf when it holds one, and where the old tree stored nodes on its path.
 *
 * <p>{@code open[i]} is the level of the lowest stored inner node above node {@code i} in the old
 * tree (every node from there up is stored; {@code depth + 1} when the old tree was empty), and
 * {@code oldTop[i]} says whether the old tree stored a node just below it, at level {@code open[i]
 * - 1}, on this path: the top of a one-leaf subtree, or a leaf. Nodes that share a parent share
 * these, which is why one pair of values per node is enough.
 */
final class PathNodes {
  final long[] idx;
  final byte[] vals;
  final byte[] count;
  final long[] lone;
  final int[] open;
  final boolean[] oldTop;
  int n;

  PathNodes(int capacity) {
    idx = new long[capacity];
    vals = new byte[32 * capacity];
    count = new byte[capacity];
    lone = new long[capacity];
    open = new int[capacity];
    oldTop = new boolean[capacity];
  }

  /** Appends node {@code i} of {@code from}. */
  void copy(PathNodes from, int i) {
    idx[n] = from.idx[i];
    System.arraycopy(from.vals, 32 * i, vals, 32 * n, 32);
    count[n] = from.count[i];
    lone[n] = from.lone[i];
    open[n] = from.open[i];
    oldTop[n] = from.oldTop[i];
    n++;
  }

  /** Whether the old tree stored node {@code i}, which sits on {@code level}. */
  boolean wasStored(int i, int level) {
    return level >= open[i] || (level == open[i] - 1 && oldTop[i]);
  }

  /** Whether the old tree stored the parent of node {@code i}, which sits on {@code level}. */
  boolean parentWasStored(int i, int level) {
    return level + 1 >= open[i];
  }
}
