package io.rampart.crypto.merkle;

/**
 * A {@link NodeStore} that reads through to a base store and keeps its own writes in memory, so a
 * tree can be forked, updated and thrown away without touching the base. The base must not change
 * while the overlay is in use.
 */
final class OverlayNodeStore implements NodeStore {
  private static final byte[] MARK = new byte[32];

  private final NodeStore base;
  private final LevelTable[] written;
  private final LevelTable[] removed;

  OverlayNodeStore(NodeStore base, int depth) {
    this.base = base;
    this.written = new LevelTable[depth + 1];
    this.removed = new LevelTable[depth + 1];
    for (int i = 0; i <= depth; i++) {
      written[i] = new LevelTable();
      removed[i] = new LevelTable();
    }
  }

  @Override
  public long get(int level, long index, byte[] out, int off) {
    long tag = written[level].find(index, out, off);
    if (tag != ABSENT || removed[level].contains(index)) {
      return tag;
    }
    return base.get(level, index, out, off);
  }

  @Override
  public void apply(NodeChanges changes) {
    changes.forEach(
        new NodeChanges.Visitor() {
          @Override
          public void put(int level, long index, byte[] value, int off, long tag) {
            written[level].put(index, value, off, tag);
            removed[level].remove(index);
          }

          @Override
          public void remove(int level, long index) {
            written[level].remove(index);
            removed[level].put(index, MARK, 0);
          }
        });
  }
}
