package io.rampart.crypto.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The node writes of one tree update, grouped by level: each stored node the update changes, adds
 * or drops, once, with its new value and tag ({@link NodeStore}), or marked removed.
 *
 * <p>Immutable once built; safe to read from several threads.
 */
public final class NodeChanges {

  /** Receives the writes of a {@link NodeChanges}. */
  public interface Visitor {
    /** Node ({@code level}, {@code index}) is now {@code value[off..off+32)} with {@code tag}. */
    void put(int level, long index, byte[] value, int off, long tag);

    /** Node ({@code level}, {@code index}) is no longer stored. */
    void remove(int level, long index);
  }

  /**
   * One run of nodes on one level: {@code count} indices, their 32-byte values and their tags, a
   * tag of {@link NodeStore#ABSENT} marking a removal.
   */
  record Run(long[] indices, byte[] values, long[] tags, int count) {}

  private final List<List<Run>> levels;

  private NodeChanges(List<List<Run>> levels) {
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
        long tag = r.tags()[i];
        if (tag == NodeStore.ABSENT) {
          visitor.remove(level, r.indices()[i]);
        } else {
          visitor.put(level, r.indices()[i], r.values(), 32 * i, tag);
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
    private final List<List<Run>> levels;

    Builder(int depth) {
      this.levels = new ArrayList<>(depth + 1);
      for (int i = 0; i <= depth; i++) {
        levels.add(new ArrayList<>(1));
      }
    }

    /** Adds {@code count} nodes; the arrays are kept, not copied, and must not change later. */
    void add(int level, long[] indices, byte[] values, long[] tags, int count) {
      if (count > 0) {
        levels.get(level).add(new Run(indices, values, tags, count));
      }
    }

    /** Adds one node, copying its value. */
    void add(int level, long index, byte[] value, int off, long tag) {
      add(level, new long[] {index}, Arrays.copyOfRange(value, off, off + 32), new long[] {tag}, 1);
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
      return new NodeChanges(List.copyOf(frozen));
    }
  }
}
