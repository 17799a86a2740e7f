package io.rampart.chain.state;

import java.util.HashMap;
import java.util.Map;

/**
 * Copy-on-write view of another {@link MerkleTree32}: reads fall through to the base until a node
 * is written here. The base must not change while the overlay is in use. Used to recompute
 * per-transaction roots of a block without touching the world state.
 */
public final class OverlayMerkleTree extends MerkleTree32 {
  private final MerkleTree32 base;
  private final Map<Long, byte[]> nodes = new HashMap<>();

  OverlayMerkleTree(MerkleTree32 base) {
    super(base.hasher);
    this.base = base;
  }

  private static long key(int level, long index) {
    return ((long) level << 33) | index;
  }

  @Override
  protected void read(int level, long index, byte[] out, int off) {
    byte[] n = nodes.get(key(level, index));
    if (n != null) {
      System.arraycopy(n, 0, out, off, 32);
    } else {
      base.read(level, index, out, off);
    }
  }

  @Override
  protected void write(int level, long index, byte[] src, int off) {
    byte[] n = new byte[32];
    System.arraycopy(src, off, n, 0, 32);
    nodes.put(key(level, index), n);
  }

  @Override
  protected boolean concurrentWrites() {
    return false;
  }
}
