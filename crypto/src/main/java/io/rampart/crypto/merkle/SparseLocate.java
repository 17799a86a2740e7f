package io.rampart.crypto.merkle;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * First step of an update: walks the old tree from the root down along the batch's keys, one level
 * at a time with one {@link NodeStore#getAll} per level, to find where each key's stored path ends
 * ({@link PathNodes#open}). A key that lands in a subtree holding one other leaf pushes that leaf
 * down: the leaf joins the batch with its current value, so the walk recomputes its path and stores
 * its new, lower one-leaf top.
 *
 * <p>With a split level, the descent runs on the calling thread down to that level, then the
 * subtrees below it continue as fork/join tasks on the common pool; the result is the same.
 */
final class SparseLocate {
  private final NodeStore store;
  private final long[] keys;
  private final int[] open;
  private final boolean[] oldTop;

  private SparseLocate(NodeStore store, long[] keys, int n) {
    this.store = store;
    this.keys = keys;
    this.open = new int[n];
    this.oldTop = new boolean[n];
  }

  /**
   * The level-0 nodes of an update of {@code n >= 1} distinct keys in ascending unsigned order, the
   * leaf of {@code keys[i]} at {@code leaves[32i..32i+32)}, plus the leaves the batch pushes down.
   * With {@code split > 0}, the descent below level {@code split} runs in parallel.
   */
  static PathNodes leaves(
      NodeStore store,
      EmptyHashes empty,
      int depth,
      long[] keys,
      byte[] leaves,
      int n,
      int split,
      int tasks) {
    SparseLocate locate = new SparseLocate(store, keys, n);
    LevelTable moved = new LevelTable();
    byte[] scratch = new byte[32];
    if (store.get(depth, 0, scratch, 0) == NodeStore.ABSENT) {
      Arrays.fill(locate.open, depth + 1);
    } else if (split <= 0) {
      locate.descend(new Groups(new long[] {0}, new int[] {0}, new int[] {n}, 1), depth, 0, moved);
    } else {
      Groups below =
          locate.descend(
              new Groups(new long[] {0}, new int[] {0}, new int[] {n}, 1), depth, split, moved);
      LevelTable[] found = locate.descendInParallel(below, split, n, tasks);
      for (LevelTable t : found) {
        long[] k = new long[(int) t.size()];
        t.keys(k);
        for (long key : k) {
          moved.put(key, scratch, 0, t.find(key, scratch, 0));
        }
      }
    }
    return locate.merge(store, empty, keys, leaves, n, moved);
  }

  private PathNodes merge(
      NodeStore store, EmptyHashes empty, long[] keys, byte[] leaves, int n, LevelTable moved) {
    byte[] scratch = new byte[32];
    int extra = (int) moved.size();
    long[] movedKeys = new long[extra];
    if (extra > 0) {
      moved.keys(movedKeys);
      for (int i = 0; i < extra; i++) {
        movedKeys[i] ^= Long.MIN_VALUE;
      }
      Arrays.sort(movedKeys);
      for (int i = 0; i < extra; i++) {
        movedKeys[i] ^= Long.MIN_VALUE;
      }
    }
    PathNodes out = new PathNodes(n + extra);
    int a = 0;
    int b = 0;
    while (a < n || b < extra) {
      int at = out.n;
      if (b == extra || (a < n && Long.compareUnsigned(keys[a], movedKeys[b]) < 0)) {
        out.idx[at] = keys[a];
        System.arraycopy(leaves, 32 * a, out.vals, 32 * at, 32);
        out.count[at] = (byte) (empty.isEmpty(0, leaves, 32 * a) ? 0 : 1);
        out.open[at] = open[a];
        out.oldTop[at] = oldTop[a];
        a++;
      } else {
        long k = movedKeys[b++];
        out.idx[at] = k;
        if (store.get(0, k, out.vals, 32 * at) == NodeStore.ABSENT) {
          throw new IllegalStateException(
              "node store is inconsistent: leaf " + Long.toUnsignedString(k) + " is missing");
        }
        out.count[at] = 1;
        out.open[at] = (int) moved.find(k, scratch, 0);
        out.oldTop[at] = true;
      }
      out.lone[at] = out.idx[at];
      out.n++;
    }
    return out;
  }

  /** Stored inner nodes on one level and the range of keys under each, in ascending order. */
  private record Groups(long[] idx, int[] lo, int[] hi, int count) {}

  /** Continues the descent of {@code groups}, on level {@code level}, in chunks of subtrees. */
  private LevelTable[] descendInParallel(Groups groups, int level, int n, int tasks) {
    int per = Math.max(1, n / Math.max(1, tasks));
    int[] bounds = new int[groups.count() + 1];
    int chunks = 0;
    int keysInChunk = 0;
    for (int j = 0; j < groups.count(); j++) {
      if (j == 0 || keysInChunk >= per) {
        bounds[chunks++] = j;
        keysInChunk = 0;
      }
      keysInChunk += groups.hi()[j] - groups.lo()[j];
    }
    bounds[chunks] = groups.count();
    LevelTable[] found = new LevelTable[chunks];
    RecursiveAction[] work = new RecursiveAction[chunks];
    for (int c = 0; c < chunks; c++) {
      int chunk = c;
      found[c] = new LevelTable();
      work[c] =
          new RecursiveAction() {
            @Override
            protected void compute() {
              int from = bounds[chunk];
              int to = bounds[chunk + 1];
              Groups part =
                  new Groups(
                      Arrays.copyOfRange(groups.idx(), from, to),
                      Arrays.copyOfRange(groups.lo(), from, to),
                      Arrays.copyOfRange(groups.hi(), from, to),
                      to - from);
              descend(part, level, 0, found[chunk]);
            }
          };
    }
    if (chunks == 1) {
      work[0].invoke();
    } else if (chunks > 1) {
      ForkJoinTask.invokeAll(work);
    }
    return found;
  }

  /**
   * Breadth-first descent through stored inner nodes (tag 0) from level {@code from} until the
   * children read are on level {@code stop}; returns the groups left on level {@code stop}. A group
   * is a stored inner node and the range of keys under it; each level reads the children of all
   * groups at once. Pushed-down leaves go into {@code moved}, keyed by leaf with tag {@code open}.
   */
  private Groups descend(Groups groups, int from, int stop, LevelTable moved) {
    long[] gIdx = groups.idx();
    int[] gLo = groups.lo();
    int[] gHi = groups.hi();
    int count = groups.count();
    byte[] openTag = new byte[32];
    for (int h = from; h > stop && count > 0; h--) {
      int c = h - 1;
      long[] cIdx = new long[2 * count];
      int[] cLo = new int[2 * count];
      int[] cHi = new int[2 * count];
      int cn = 0;
      for (int j = 0; j < count; j++) {
        int lo = gLo[j];
        int hi = gHi[j];
        int mid = firstWithBit(keys, lo, hi, c);
        if (mid > lo) {
          cIdx[cn] = gIdx[j] << 1;
          cLo[cn] = lo;
          cHi[cn++] = mid;
        }
        if (hi > mid) {
          cIdx[cn] = (gIdx[j] << 1) | 1;
          cLo[cn] = mid;
          cHi[cn++] = hi;
        }
      }
      long[] tags = new long[cn];
      store.getAll(c, cIdx, cn, new byte[32 * cn], tags);
      int next = 0;
      for (int j = 0; j < cn; j++) {
        long tag = tags[j];
        if (tag == 0 && c > 0) {
          cIdx[next] = cIdx[j];
          cLo[next] = cLo[j];
          cHi[next++] = cHi[j];
          continue;
        }
        boolean stored = tag != NodeStore.ABSENT;
        Arrays.fill(open, cLo[j], cHi[j], h);
        Arrays.fill(oldTop, cLo[j], cHi[j], stored);
        if (stored && c > 0) {
          long leaf = (cIdx[j] << c) | (tag - 1);
          if (!contains(keys, cLo[j], cHi[j], leaf)) {
            moved.put(leaf, openTag, 0, h);
          }
        }
      }
      gIdx = cIdx;
      gLo = cLo;
      gHi = cHi;
      count = next;
    }
    return new Groups(gIdx, gLo, gHi, count);
  }

  /** First position in [lo, hi) whose key has bit {@code bit} set; bit ascends in the range. */
  static int firstWithBit(long[] keys, int lo, int hi, int bit) {
    int a = lo;
    int b = hi;
    while (a < b) {
      int m = (a + b) >>> 1;
      if (((keys[m] >>> bit) & 1) == 0) {
        a = m + 1;
      } else {
        b = m;
      }
    }
    return a;
  }

  private static boolean contains(long[] keys, int lo, int hi, long key) {
    int a = lo;
    int b = hi - 1;
    while (a <= b) {
      int m = (a + b) >>> 1;
      int c = Long.compareUnsigned(keys[m], key);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        a = m + 1;
      } else {
        b = m - 1;
      }
    }
    return false;
  }
}
