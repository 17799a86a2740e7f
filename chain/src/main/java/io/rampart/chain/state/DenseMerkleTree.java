package io.rampart.chain.state;

import io.rampart.crypto.hash.Hasher;
import java.util.Arrays;

/**
 * A {@link MerkleTree32} for leaves filled from index 0 upwards (accounts get sequential indices,
 * withdrawals are appended): level {@code l} keeps its first {@code ceil(size / 2^l)} nodes in one
 * flat array; everything to the right is an empty subtree. Memory is about 64 bytes per leaf.
 * Updates of distinct nodes may run on several threads, so large levels hash in parallel.
 */
public final class DenseMerkleTree extends MerkleTree32 {
  private final byte[][] levels = new byte[DEPTH + 1][];
  private final long[] counts = new long[DEPTH + 1];

  public DenseMerkleTree(Hasher hasher) {
    super(hasher);
    for (int l = 0; l <= DEPTH; l++) {
      levels[l] = new byte[32 * 16];
    }
    counts[DEPTH] = 1;
    System.arraycopy(empty, 32 * DEPTH, levels[DEPTH], 0, 32);
  }

  /** Number of leaf slots in use: one past the highest index ever set. */
  public long size() {
    return counts[0];
  }

  @Override
  protected void ensureCapacity(long maxIndex) {
    if (maxIndex < counts[0]) {
      return;
    }
    long size = maxIndex + 1;
    for (int l = 0; l < DEPTH; l++) {
      long need = ((size - 1) >>> l) + 1;
      if (need > counts[l]) {
        if (need * 32 > levels[l].length) {
          long cap = Math.max(need * 32, (long) levels[l].length * 3 / 2);
          if (cap > Integer.MAX_VALUE - 64) {
            throw new IllegalStateException("tree level " + l + " too large for one array");
          }
          levels[l] = Arrays.copyOf(levels[l], (int) cap);
        }
        for (long i = counts[l]; i < need; i++) {
          System.arraycopy(empty, 32 * l, levels[l], (int) (32 * i), 32);
        }
        counts[l] = need;
      }
    }
  }

  @Override
  protected void read(int level, long index, byte[] out, int off) {
    if (index < counts[level]) {
      System.arraycopy(levels[level], (int) (32 * index), out, off, 32);
    } else {
      System.arraycopy(empty, 32 * level, out, off, 32);
    }
  }

  @Override
  protected void write(int level, long index, byte[] src, int off) {
    System.arraycopy(src, off, levels[level], (int) (32 * index), 32);
  }

  @Override
  protected boolean concurrentWrites() {
    return true;
  }
}
