package io.rampart.crypto.merkle;

import io.rampart.crypto.hash.Hasher;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Computes the node writes and the new root of a batch of leaf updates without touching the store:
 * each dirty node is hashed exactly once, level by level from the leaves, pairing dirty siblings
 * and reading clean siblings from the store.
 *
 * <p>The store holds leaves, the root, inner nodes whose subtree holds two or more leaves, and the
 * top of each subtree that holds exactly one leaf (tagged with that leaf's low key bits); nodes
 * between a lone leaf and that top are not stored. {@link SparseLocate} first finds where each
 * key's stored path ends, so a sibling is read only where the old tree stored the parent, and a
 * leaf the batch pushes down joins the batch. The walk then knows, for each dirty node, how many
 * leaves its subtree holds and whether the old tree stored it, and writes exactly the nodes the new
 * tree stores, removing those it no longer does (a one-leaf top that moves up or down, an emptied
 * subtree).
 *
 * <p>Large batches split into subtrees of a level a few bits below the highest bit at which the
 * keys differ, hashed as fork/join tasks on the common pool; the levels above run after them. The
 * writes and the root are the same as the sequential walk's. Reads of the store run concurrently;
 * the store is never written here.
 */
final class SparseUpdate {
  /** Batches smaller than this are not worth splitting across threads. */
  static final int PARALLEL_MIN = 2_048;

  /** A parallel batch splits at the level where its keys fall into up to 2^SPLIT_BITS subtrees. */
  private static final int SPLIT_BITS = 6;

  private final Hasher hasher;
  private final int depth;
  private final NodeStore store;
  private final EmptyHashes empty;

  SparseUpdate(Hasher hasher, int depth, NodeStore store, EmptyHashes empty) {
    this.hasher = hasher;
    this.depth = depth;
    this.store = store;
    this.empty = empty;
  }

  /**
   * Runs the update of {@code n >= 1} leaves with distinct keys in ascending unsigned order, the
   * leaf of {@code keys[i]} at {@code leaves[32i..32i+32)}. Writes the new root into {@code
   * root[0..32)} and returns all node writes, root included. With {@code parallel}, subtrees are
   * hashed as fork/join tasks on the common pool; the result is the same either way.
   */
  NodeChanges run(long[] keys, byte[] leaves, int n, byte[] root, boolean parallel) {
    int differ = n > 1 ? 63 - Long.numberOfLeadingZeros(keys[0] ^ keys[n - 1]) : -1;
    int split = parallel ? differ + 1 - SPLIT_BITS : 0;
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    PathNodes level0 =
        SparseLocate.leaves(store, empty, depth, keys, leaves, n, split, 4 * threads);
    NodeChanges.Builder changes = new NodeChanges.Builder(depth);
    PathNodes top;
    int m = level0.n;
    if (split > 0) {
      Chunks chunks = new Chunks(level0, split, Math.max(PARALLEL_MIN / 8, m / (4 * threads)));
      chunks.invoke();
      PathNodes upper = new PathNodes(m);
      for (int c = 0; c < chunks.count; c++) {
        changes.addAll(chunks.changes[c]);
        PathNodes part = chunks.results[c];
        for (int i = 0; i < part.n; i++) {
          upper.copy(part, i);
        }
      }
      top = walk(upper, split, depth, changes);
    } else {
      top = walk(level0, 0, depth, changes);
    }
    System.arraycopy(top.vals, 0, root, 0, 32);
    if (top.count[0] > 0) {
      changes.add(depth, 0, top.vals, 0, 0);
    } else if (top.wasStored(0, depth)) {
      changes.add(depth, 0, top.vals, 0, NodeStore.ABSENT);
    }
    return changes.build();
  }

  /**
   * Level-by-level walk of {@code nodes}, which sit on level {@code from}, up to level {@code to}.
   * Records the writes of levels {@code from..to-1} and returns the nodes of level {@code to},
   * whose own writes depend on their parents and are left to the caller.
   *
   * <p>Each level first reads every clean sibling it needs in one {@link NodeStore#getAll} call, so
   * an in-memory store can overlap the cache misses, then lays out all of the level's pairs and
   * hashes them in one {@link Hasher#combineAll} call, so a hasher can work on several at once.
   */
  private PathNodes walk(PathNodes nodes, int from, int to, NodeChanges.Builder changes) {
    PathNodes cur = nodes;
    for (int level = from; level < to; level++) {
      int n = cur.n;
      long[] idx = cur.idx;
      long[] wanted = new long[n];
      int reads = 0;
      for (int i = 0; i < n; i++) {
        long x = idx[i];
        if ((x & 1) == 0 && i + 1 < n && idx[i + 1] == x + 1) {
          i++;
        } else if (cur.parentWasStored(i, level)) {
          wanted[reads++] = x ^ 1;
        }
      }
      byte[] siblings = new byte[32 * reads];
      long[] tags = new long[reads];
      store.getAll(level, wanted, reads, siblings, tags);
      PathNodes up = new PathNodes(n);
      Writes writes = new Writes(n);
      byte[] pairs = new byte[64 * n];
      int read = 0;
      for (int i = 0; i < n; i++) {
        long x = idx[i];
        int at = 64 * up.n;
        int self = (int) (x & 1) << 5;
        System.arraycopy(cur.vals, 32 * i, pairs, at + self, 32);
        int count;
        long lone;
        if (self == 0 && i + 1 < n && idx[i + 1] == x + 1) {
          System.arraycopy(cur.vals, 32 * (i + 1), pairs, at + 32, 32);
          count = Math.min(2, cur.count[i] + cur.count[i + 1]);
          lone = cur.count[i] == 1 ? cur.lone[i] : cur.lone[i + 1];
          writes.child(cur, i, level, count);
          writes.child(cur, i + 1, level, count);
        } else {
          int sibCount = 0;
          long sibLone = 0;
          long tag = NodeStore.ABSENT;
          if (cur.parentWasStored(i, level)) {
            tag = tags[read];
            if (tag != NodeStore.ABSENT) {
              System.arraycopy(siblings, 32 * read, pairs, at + 32 - self, 32);
              sibCount = level == 0 || tag != 0 ? 1 : 2;
              sibLone = level == 0 ? x ^ 1 : ((x ^ 1) << level) | (tag - 1);
            }
            read++;
          }
          if (tag == NodeStore.ABSENT) {
            empty.copyTo(level, pairs, at + 32 - self);
          }
          count = Math.min(2, cur.count[i] + sibCount);
          lone = cur.count[i] == 1 ? cur.lone[i] : sibLone;
          // A one-leaf sibling whose parent now holds only its leaf: its top moves up, unless
          // the parent is the root, which is stored whatever it holds.
          boolean sibMoves = sibCount == 1 && count == 1 && level > 0 && level + 1 < depth;
          if (sibMoves && self != 0) {
            writes.remove(x ^ 1);
          }
          writes.child(cur, i, level, count);
          if (sibMoves && self == 0) {
            writes.remove(x ^ 1);
          }
        }
        up.idx[up.n] = x >>> 1;
        up.count[up.n] = (byte) count;
        up.lone[up.n] = lone;
        up.open[up.n] = cur.open[i];
        up.oldTop[up.n] = cur.oldTop[i];
        up.n++;
        if (self == 0 && i + 1 < n && idx[i + 1] == x + 1) {
          i++;
        }
      }
      hasher.combineAll(pairs, 0, up.vals, 0, up.n);
      changes.add(level, writes.idx, writes.vals, writes.tags, writes.n);
      cur = up;
    }
    return cur;
  }

  /** The writes of one level, in ascending index order. */
  private final class Writes {
    final long[] idx;
    final byte[] vals;
    final long[] tags;
    int n;

    Writes(int capacity) {
      idx = new long[capacity * 2];
      vals = new byte[64 * capacity];
      tags = new long[capacity * 2];
    }

    /** Writes dirty node {@code i} of {@code nodes}, whose parent's subtree holds {@code up}. */
    void child(PathNodes nodes, int i, int level, int up) {
      int count = nodes.count[i];
      long tag;
      if (level == 0) {
        // Leaves are stored whenever set; a removal of an absent leaf is harmless.
        tag = count == 1 ? 0 : NodeStore.ABSENT;
      } else if (count == 2) {
        tag = 0;
      } else if (count == 1 && (up == 2 || level + 1 == depth)) {
        tag = 1 + (nodes.lone[i] & ((1L << level) - 1));
      } else if (nodes.wasStored(i, level)) {
        tag = NodeStore.ABSENT;
      } else {
        return;
      }
      idx[n] = nodes.idx[i];
      System.arraycopy(nodes.vals, 32 * i, vals, 32 * n, 32);
      tags[n++] = tag;
    }

    void remove(long index) {
      idx[n] = index;
      tags[n++] = NodeStore.ABSENT;
    }
  }

  /**
   * Fork/join over the subtrees of level {@code split}: chunks of whole subtrees, each walked from
   * the leaves up to {@code split} into its own result and change set.
   */
  private final class Chunks extends RecursiveAction {
    final PathNodes[] results;
    final NodeChanges.Builder[] changes;
    final int count;
    private final PathNodes leaves;
    private final int split;
    private final int[] bounds;

    Chunks(PathNodes leaves, int split, int target) {
      this.leaves = leaves;
      this.split = split;
      int[] b = new int[leaves.n / Math.max(1, target) + 2];
      int c = 0;
      b[c++] = 0;
      int start = 0;
      for (int i = 1; i < leaves.n; i++) {
        if (i - start >= target && (leaves.idx[i] >>> split) != (leaves.idx[i - 1] >>> split)) {
          if (c == b.length) {
            b = java.util.Arrays.copyOf(b, 2 * c);
          }
          b[c++] = i;
          start = i;
        }
      }
      if (c == b.length) {
        b = java.util.Arrays.copyOf(b, c + 1);
      }
      b[c] = leaves.n;
      this.bounds = b;
      this.count = c;
      this.results = new PathNodes[c];
      this.changes = new NodeChanges.Builder[c];
    }

    @Override
    protected void compute() {
      // The calling thread runs this task itself (a pool invoke would park it until a worker
      // finished), so the pool's parallelism plus one threads share the chunks.
      RecursiveAction[] tasks = new RecursiveAction[count];
      for (int c = 0; c < count; c++) {
        int chunk = c;
        tasks[c] =
            new RecursiveAction() {
              @Override
              protected void compute() {
                PathNodes part = new PathNodes(bounds[chunk + 1] - bounds[chunk]);
                for (int i = bounds[chunk]; i < bounds[chunk + 1]; i++) {
                  part.copy(leaves, i);
                }
                NodeChanges.Builder b = new NodeChanges.Builder(depth);
                results[chunk] = walk(part, 0, split, b);
                changes[chunk] = b;
              }
            };
      }
      invokeAll(tasks);
    }
  }
}
