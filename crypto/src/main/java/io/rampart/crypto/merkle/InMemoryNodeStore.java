package io.rampart.crypto.merkle;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A {@link NodeStore} in the heap: one {@link LevelTable} per level, 48-byte slots in tables kept
 * between a quarter and half full, so 96 to 192 bytes per stored node. A depth-32 tree of a million
 * leaves stores 2.0 million nodes (190 MB measured) when the keys are dense indices and 3.4 million
 * (380 MB) when they are random 32-bit keys, where storing every node on the leaves' paths took 13
 * million (1.1 GB). {@link #apply} writes the levels in parallel on the common ForkJoinPool when
 * the change set is large (8,192 nodes or more), since levels are independent, unless the store was
 * made {@link Parallelism#SEQUENTIAL}. The stored nodes are the same either way.
 */
public final class InMemoryNodeStore implements NodeStore {
  /** Change sets smaller than this are applied on the calling thread. */
  private static final long PARALLEL_APPLY_MIN = 8_192;

  private final LevelTable[] levels;
  private final Parallelism parallelism;

  /** An empty store for trees of depth up to {@code depth}. */
  public InMemoryNodeStore(int depth) {
    this(depth, Parallelism.COMMON_POOL);
  }

  /** An empty store for trees of depth up to {@code depth} that writes as {@code parallelism}. */
  public InMemoryNodeStore(int depth, Parallelism parallelism) {
    SparseMerkleTree.checkDepth(depth);
    this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
    levels = new LevelTable[depth + 1];
    for (int i = 0; i <= depth; i++) {
      levels[i] = new LevelTable();
    }
  }

  @Override
  public long get(int level, long index, byte[] out, int off) {
    return levels[level].find(index, out, off);
  }

  @Override
  public void getAll(int level, long[] indices, int count, byte[] out, long[] tags) {
    levels[level].getAll(indices, count, out, tags);
  }

  @Override
  public void apply(NodeChanges changes) {
    if (changes.levelCount() > levels.length) {
      throw new IllegalArgumentException(
          "changes span " + changes.levelCount() + " levels, store holds " + levels.length);
    }
    if (parallelism == Parallelism.SEQUENTIAL || changes.size() < PARALLEL_APPLY_MIN) {
      // Touch every level first so the cache misses of all levels overlap, then write.
      for (int level = 0; level < changes.levelCount(); level++) {
        touch(level, changes);
      }
      for (int level = 0; level < changes.levelCount(); level++) {
        changes.forEach(level, writer(levels[level]));
      }
      return;
    }
    IntStream.range(0, changes.levelCount())
        .parallel()
        .forEach(
            level -> {
              touch(level, changes);
              changes.forEach(level, writer(levels[level]));
            });
  }

  private void touch(int level, NodeChanges changes) {
    for (NodeChanges.Run run : changes.runs(level)) {
      levels[level].touch(run.indices(), run.count());
    }
  }

  /** Number of stored (non-empty) nodes on {@code level}. */
  public long size(int level) {
    return levels[level].size();
  }

  /** Number of stored (non-empty) nodes on all levels. */
  public long size() {
    long n = 0;
    for (LevelTable t : levels) {
      n += t.size();
    }
    return n;
  }

  private static NodeChanges.Visitor writer(LevelTable table) {
    return new NodeChanges.Visitor() {
      @Override
      public void put(int level, long index, byte[] value, int off, long tag) {
        table.put(index, value, off, tag);
      }

      @Override
      public void remove(int level, long index) {
        table.remove(index);
      }
    };
  }
}
