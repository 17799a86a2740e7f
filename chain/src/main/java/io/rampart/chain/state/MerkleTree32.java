package io.rampart.chain.state;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A depth-32 binary Merkle tree over leaf indices 0..2^32-1 whose unset leaves are zero and whose
 * empty subtrees hash as {@code combine(e, e)} level by level (the usual sparse-tree convention, so
 * roots agree with any depth-32 sparse Merkle tree over the same hasher). Subclasses decide where
 * nodes live; the update algorithm is shared. Not thread-safe: one writer at a time.
 */
public abstract sealed class MerkleTree32 permits DenseMerkleTree, OverlayMerkleTree {
  public static final int DEPTH = 32;

  /** Above this many dirty nodes in one level, hashing of the level is split across the pool. */
  private static final int PARALLEL_THRESHOLD = 2048;

  protected final Hasher hasher;
  protected final byte[] empty; // 33 levels x 32 bytes

  protected MerkleTree32(Hasher hasher) {
    this.hasher = hasher;
    this.empty = emptyHashes(hasher);
  }

  static byte[] emptyHashes(Hasher hasher) {
    byte[] e = new byte[32 * (DEPTH + 1)];
    byte[] pair = new byte[64];
    for (int l = 0; l < DEPTH; l++) {
      System.arraycopy(e, 32 * l, pair, 0, 32);
      System.arraycopy(e, 32 * l, pair, 32, 32);
      hasher.combine(pair, 0, e, 32 * (l + 1));
    }
    return e;
  }

  public Hasher hasher() {
    return hasher;
  }

  /** Copies node ({@code level}, {@code index}) into {@code out} at {@code off}. */
  protected abstract void read(int level, long index, byte[] out, int off);

  /** Stores node ({@code level}, {@code index}) from {@code src} at {@code off}. */
  protected abstract void write(int level, long index, byte[] src, int off);

  /** Whether {@link #write} may be called from several threads for distinct nodes. */
  protected abstract boolean concurrentWrites();

  /** Makes room for leaves up to {@code maxIndex} before an update. */
  protected void ensureCapacity(long maxIndex) {}

  public Bytes32 root() {
    byte[] out = new byte[32];
    read(DEPTH, 0, out, 0);
    return Bytes32.adopt(out);
  }

  public Bytes32 leaf(long index) {
    byte[] out = new byte[32];
    read(0, index, out, 0);
    return Bytes32.adopt(out);
  }

  /**
   * Sets leaves {@code indices[i]} to the 32 bytes at {@code leaves[32 i ..]} and rehashes the
   * paths above them, level by level, each touched node once. {@code indices} must be strictly
   * increasing. Returns the new root.
   */
  public Bytes32 setAll(long[] indices, byte[] leaves) {
    int n = indices.length;
    if (n == 0) {
      return root();
    }
    for (int i = 1; i < n; i++) {
      if (indices[i] <= indices[i - 1]) {
        throw new IllegalArgumentException("indices must be strictly increasing");
      }
    }
    if (indices[0] < 0 || indices[n - 1] >= 1L << DEPTH) {
      throw new IllegalArgumentException("index out of range");
    }
    ensureCapacity(indices[n - 1]);
    for (int i = 0; i < n; i++) {
      write(0, indices[i], leaves, 32 * i);
    }
    long[] dirty = indices;
    int count = n;
    for (int level = 0; level < DEPTH; level++) {
      long[] parents = new long[count];
      int pc = 0;
      for (int i = 0; i < count; i++) {
        long p = dirty[i] >>> 1;
        if (pc == 0 || parents[pc - 1] != p) {
          parents[pc++] = p;
        }
      }
      hashLevel(level, parents, pc);
      dirty = parents;
      count = pc;
    }
    return root();
  }

  private void hashLevel(int level, long[] parents, int count) {
    if (count >= PARALLEL_THRESHOLD && concurrentWrites()) {
      int chunks = Math.min(64, count / 512);
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              c -> {
                int from = (int) ((long) count * c / chunks);
                int to = (int) ((long) count * (c + 1) / chunks);
                hashRange(level, parents, from, to);
              });
    } else {
      hashRange(level, parents, 0, count);
    }
  }

  private void hashRange(int level, long[] parents, int from, int to) {
    byte[] pair = new byte[64];
    byte[] out = new byte[32];
    for (int i = from; i < to; i++) {
      long p = parents[i];
      read(level, 2 * p, pair, 0);
      read(level, 2 * p + 1, pair, 32);
      hasher.combine(pair, 0, out, 0);
      write(level + 1, p, out, 0);
    }
  }

  /** The 32 sibling hashes from the leaf up, for an inclusion proof of leaf {@code index}. */
  public List<Bytes32> siblings(long index) {
    List<Bytes32> out = new ArrayList<>(DEPTH);
    long i = index;
    for (int level = 0; level < DEPTH; level++) {
      byte[] s = new byte[32];
      read(level, i ^ 1, s, 0);
      out.add(Bytes32.adopt(s));
      i >>>= 1;
    }
    return out;
  }

  /** The root implied by {@code leaf} at {@code index} and its {@code siblings}. */
  public static Bytes32 rootFromPath(Hasher hasher, long index, Bytes32 leaf, List<Bytes32> path) {
    if (path.size() != DEPTH) {
      throw new IllegalArgumentException("expected " + DEPTH + " siblings");
    }
    Bytes32 node = leaf;
    long i = index;
    for (Bytes32 s : path) {
      node = (i & 1) == 0 ? hasher.combine(node, s) : hasher.combine(s, node);
      i >>>= 1;
    }
    return node;
  }

  /** Root of the all-empty tree. */
  public static Bytes32 emptyRoot(Hasher hasher) {
    byte[] e = emptyHashes(hasher);
    byte[] out = new byte[32];
    System.arraycopy(e, 32 * DEPTH, out, 0, 32);
    return Bytes32.adopt(out);
  }

  /** A copy-on-write view over this tree: updates go to the overlay, this tree is unchanged. */
  public OverlayMerkleTree fork() {
    return new OverlayMerkleTree(this);
  }
}
