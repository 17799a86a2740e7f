package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes of empty subtrees for one hasher: level 0 is {@link #EMPTY_LEAF}, level {@code h + 1} is
 * {@code combine(level h, level h)}, up to level 64. Computed once per hasher and shared.
 */
public final class EmptyHashes {
  /** The value of a leaf that was never set; setting a leaf to it deletes the leaf. */
  public static final Bytes32 EMPTY_LEAF = Bytes32.ZERO;

  /** Highest level provided: the root of a depth-64 tree. */
  public static final int MAX_LEVEL = 64;

  private static final ConcurrentHashMap<Hasher, EmptyHashes> CACHE = new ConcurrentHashMap<>();

  private final byte[] flat;

  private EmptyHashes(Hasher hasher) {
    if (!hasher.isValidNode(EMPTY_LEAF)) {
      throw new IllegalArgumentException(hasher.name() + " does not accept the empty leaf");
    }
    flat = new byte[32 * (MAX_LEVEL + 1)];
    byte[] pair = new byte[64];
    for (int level = 0; level < MAX_LEVEL; level++) {
      System.arraycopy(flat, 32 * level, pair, 0, 32);
      System.arraycopy(flat, 32 * level, pair, 32, 32);
      hasher.combine(pair, 0, flat, 32 * (level + 1));
    }
  }

  /** The table for {@code hasher}, computed on first use. */
  public static EmptyHashes of(Hasher hasher) {
    return CACHE.computeIfAbsent(hasher, EmptyHashes::new);
  }

  /** Root of an empty subtree of height {@code level} (0..64). */
  public Bytes32 at(int level) {
    return Bytes32.wrap(Arrays.copyOfRange(flat, 32 * level, 32 * level + 32));
  }

  void copyTo(int level, byte[] dst, int off) {
    System.arraycopy(flat, 32 * level, dst, off, 32);
  }

  boolean isEmpty(int level, byte[] node, int off) {
    return Arrays.equals(flat, 32 * level, 32 * level + 32, node, off, off + 32);
  }

  boolean isEmpty(int level, Bytes32 node) {
    for (int i = 0; i < 32; i++) {
      if (node.get(i) != flat[32 * level + i]) {
        return false;
      }
    }
    return true;
  }
}
