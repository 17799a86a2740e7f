package io.rampart.crypto.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The node writes of one tree update, grouped by level: every node on the path from an updated leaf
 * to the root, each once, with its new value. A value equal to the level's empty-subtree hash means
 * the node becomes empty and must be removed from the store.
 *
 * <p>Immutable once built; safe to read from several threads.
 */
public final class NodeChanges {

  /** Receives the writes of a {@link NodeChanges}. */
  public interface Visitor {
    /** Node ({@code level}, {@code index}) is now {@code value[off..off+32)}. */
    void put(int level, long index, byte[] value, int off);

    /** Node ({@code level}, {@code index}) is now empty. */
    void remove(int level, long index);
  }

  /** One run of nodes on one level: {@code count} indices and their 32-byte values. */
  record Run(long[] indices, byte[] values, int count) {}

  private final EmptyHashes empty;
  private final List<List<Run>> levels;

  private NodeChanges(EmptyHashes empty, List<List<Run>> levels) {
    this.empty = empty;
    this.levels = levels;
  }

  /** Number of levels, {@code depth + 1}: level 0 holds leaves, the last level the root. */
  public int levelCount() {
    return levels.size();
  }

  /** Number of node writes on {@code level}. */
  public int size(int level) {
    int n = 0;
    for (Run r : levels.get(level)) {
      n += r.count();
    }
    return n;
  }

  /** Total number of node writes. */
  public long size() {
    long n = 0;
    for (int level = 0; level < levels.size(); level++) {
      n += size(level);
    }
    return n;
  }

  /** The runs of one level, for stores in this package. */
  List<Run> runs(int level) {
    return levels.get(level);
  }

  /** Visits the writes of one level, in ascending index order. */
  public void forEach(int level, Visitor visitor) {
    for (Run r : levels.get(level)) {
      for (int i = 0; i < r.count(); i++) {
        if (empty.isEmpty(level, r.values(), 32 * i)) {
          visitor.remove(level, r.indices()[i]);
        } else {
          visitor.put(level, r.indices()[i], r.values(), 32 * i);
        }
      }
    }
  }

  /** Visits every write, level by level from the leaves up. */
  public void forEach(Visitor visitor) {
    for (int level = 0; level < levels.size(); level++) {
      forEach(level, visitor);
    }
  }

  /** Collects runs level by level; runs of one level must be added in ascending index order. */
  static final class Builder {
    private final EmptyHashes empty;
    private final List<List<Run>> levels;

    Builder(EmptyHashes empty, int depth) {
      this.empty = empty;
      this.levels = new ArrayList<>(depth + 1);
      for (int i = 0; i <= depth; i++) {
        levels.add(new ArrayList<>(1));
      }
    }

    /** Adds {@code count} nodes; the arrays are kept, not copied, and must not change later. */
    void add(int level, long[] indices, byte[] values, int count) {
      if (count > 0) {
        levels.get(level).add(new Run(indices, values, count));
      }
    }

    /** Adds one node, copying its value. */
    void add(int level, long index, byte[] value, int off) {
      add(level, new long[] {index}, Arrays.copyOfRange(value, off, off + 32), 1);
    }

    /** Appends the runs of {@code later}, whose indices all follow this builder's on each level. */
    void addAll(Builder later) {
      for (int i = 0; i < levels.size(); i++) {
        levels.get(i).addAll(later.levels.get(i));
      }
    }

    NodeChanges build() {
      List<List<Run>> frozen = new ArrayList<>(levels.size());
      for (List<Run> runs : levels) {
        frozen.add(List.copyOf(runs));
      }
      return new NodeChanges(empty, List.copyOf(frozen));
    }
  }
}
