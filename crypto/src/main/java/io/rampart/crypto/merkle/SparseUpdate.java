package io.rampart.crypto.merkle;

import io.rampart.crypto.hash.Hasher;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Computes the node writes and the new root of a batch of leaf updates without touching the store:
 * each dirty node is hashed exactly once, level by level from the leaves, pairing dirty siblings
 * and reading clean siblings from the store.
 *
 * <p>Large batches split by subtree at the highest key bit where the batch's keys differ, and the
 * halves run as fork/join tasks on the common pool; the writes and the root are the same as the
 * sequential walk's. Reads of the store run concurrently; the store is never written here.
 */
final class SparseUpdate {
  /** Batches smaller than this are not worth splitting across threads. */
  static final int PARALLEL_MIN = 2_048;

  /** Walks of at most this many keys prefetch the siblings of all levels before hashing. */
  private static final int PREFETCH_ALL_MAX = 64;

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
    NodeChanges.Builder changes = new NodeChanges.Builder(empty, depth);
    byte[] top;
    if (parallel && n > 1) {
      // The calling thread runs the root task itself (a pool invoke would park it until a worker
      // finished), so the pool's parallelism plus one threads share the work.
      int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
      int leafTask = Math.max(PARALLEL_MIN / 8, n / (4 * threads));
      Task task = new Task(keys, leaves, 0, n, depth, leafTask);
      top = task.invoke();
      changes.addAll(task.changes);
    } else {
      top = walk(keys, leaves, 0, n, depth, changes);
    }
    System.arraycopy(top, 0, root, 0, 32);
    changes.add(depth, 0, top, 0);
    return changes.build();
  }

  /**
   * Level-by-level walk of {@code keys[lo..hi)}, which all lie under one node of level {@code top}.
   * Records the writes of levels below {@code top} and returns that node's new value.
   *
   * <p>Each level first reads every clean sibling it needs in one {@link NodeStore#getAll} call, so
   * an in-memory store can overlap the cache misses, then lays out all of the level's pairs and
   * hashes them in one {@link Hasher#combineAll} call, so a hasher can work on several at once.
   */
  private byte[] walk(
      long[] keys, byte[] leaves, int lo, int hi, int top, NodeChanges.Builder changes) {
    int n = hi - lo;
    long[] idx = Arrays.copyOfRange(keys, lo, hi);
    byte[] vals = Arrays.copyOfRange(leaves, 32 * lo, 32 * hi);
    long[] wanted = new long[n];
    byte[] siblings = new byte[32 * n];
    boolean[] found = new boolean[n];
    byte[] pairs = new byte[64 * n];
    if (n <= PREFETCH_ALL_MAX) {
      // A small batch has too few reads per level to overlap; announce every level's up front.
      long[] path = new long[n];
      for (int level = 0; level < top; level++) {
        for (int i = 0; i < n; i++) {
          path[i] = (idx[i] >>> level) ^ 1;
        }
        store.prefetch(level, path, n);
      }
    }
    for (int level = 0; level < top; level++) {
      changes.add(level, idx, vals, n);
      int reads = 0;
      for (int i = 0; i < n; i++) {
        long x = idx[i];
        if ((x & 1) == 0 && i + 1 < n && idx[i + 1] == x + 1) {
          i++;
        } else {
          wanted[reads++] = x ^ 1;
        }
      }
      store.getAll(level, wanted, reads, siblings, found);
      long[] upIdx = new long[n];
      int m = 0;
      int read = 0;
      for (int i = 0; i < n; i++) {
        long x = idx[i];
        int at = 64 * m;
        int self = (int) (x & 1) << 5;
        System.arraycopy(vals, 32 * i, pairs, at + self, 32);
        if (self == 0 && i + 1 < n && idx[i + 1] == x + 1) {
          System.arraycopy(vals, 32 * ++i, pairs, at + 32, 32);
        } else {
          if (found[read]) {
            System.arraycopy(siblings, 32 * read, pairs, at + 32 - self, 32);
          } else {
            empty.copyTo(level, pairs, at + 32 - self);
          }
          read++;
        }
        upIdx[m++] = x >>> 1;
      }
      byte[] upVals = new byte[32 * m];
      hasher.combineAll(pairs, 0, upVals, 0, m);
      idx = upIdx;
      vals = upVals;
      n = m;
    }
    return vals;
  }

  /** Climbs from node ({@code level}, {@code index}) with value {@code node} up to {@code top}. */
  private byte[] climb(int level, long index, byte[] node, int top, NodeChanges.Builder changes) {
    byte[] pair = new byte[64];
    byte[] cur = node;
    for (int h = level; h < top; h++) {
      changes.add(h, index, cur, 0);
      if ((index & 1) == 0) {
        System.arraycopy(cur, 0, pair, 0, 32);
        sibling(h, index + 1, pair, 32);
      } else {
        sibling(h, index - 1, pair, 0);
        System.arraycopy(cur, 0, pair, 32, 32);
      }
      cur = new byte[32];
      hasher.combine(pair, 0, cur, 0);
      index >>>= 1;
    }
    return cur;
  }

  private void sibling(int level, long index, byte[] out, int off) {
    if (!store.get(level, index, out, off)) {
      empty.copyTo(level, out, off);
    }
  }

  /** Fork/join split of a sorted key range by the highest bit at which its keys differ. */
  private final class Task extends RecursiveTask<byte[]> {
    private final long[] keys;
    private final byte[] leaves;
    private final int lo;
    private final int hi;
    private final int top;
    private final int leafTask;
    private final NodeChanges.Builder changes;

    Task(long[] keys, byte[] leaves, int lo, int hi, int top, int leafTask) {
      this.keys = keys;
      this.leaves = leaves;
      this.lo = lo;
      this.hi = hi;
      this.top = top;
      this.leafTask = leafTask;
      this.changes = new NodeChanges.Builder(empty, depth);
    }

    @Override
    protected byte[] compute() {
      if (hi - lo <= leafTask) {
        return walk(keys, leaves, lo, hi, top, changes);
      }
      // Keys are distinct, so the first and last differ; every key shares the bits above d.
      int d = 63 - Long.numberOfLeadingZeros(keys[lo] ^ keys[hi - 1]);
      int mid = firstWithBit(d);
      Task left = new Task(keys, leaves, lo, mid, d, leafTask);
      Task right = new Task(keys, leaves, mid, hi, d, leafTask);
      right.fork();
      byte[] l = left.compute();
      byte[] r = right.join();
      changes.addAll(left.changes);
      changes.addAll(right.changes);
      changes.add(d, keys[lo] >>> d, l, 0);
      changes.add(d, keys[mid] >>> d, r, 0);
      byte[] pair = new byte[64];
      System.arraycopy(l, 0, pair, 0, 32);
      System.arraycopy(r, 0, pair, 32, 32);
      byte[] up = new byte[32];
      hasher.combine(pair, 0, up, 0);
      long upIndex = d == 63 ? 0 : keys[lo] >>> (d + 1);
      return climb(d + 1, upIndex, up, top, changes);
    }

    /** First position in [lo, hi) whose key has bit {@code d} set; bit d ascends in the range. */
    private int firstWithBit(int d) {
      int a = lo;
      int b = hi - 1;
      while (a < b) {
        int m = (a + b) >>> 1;
        if (((keys[m] >>> d) & 1) == 0) {
          a = m + 1;
        } else {
          b = m;
        }
      }
      return a;
    }
  }
}
