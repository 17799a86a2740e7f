package io.rampart.crypto.merkle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Open-addressing map from a {@code long} node index to a 32-byte node, for one tree level.
 *
 * <p>Each slot is six consecutive longs of one flat array: the key, the node as four big-endian
 * longs, then the node's tag ({@link NodeStore#get}), so a lookup touches one or two cache lines
 * and no objects. Linear probing; removal shifts later entries back instead of leaving tombstones.
 * The home slot of index {@code i} depends only on {@code i >>> 1}, so two siblings usually sit
 * side by side. Key 0 marks a free slot; the node with index 0 is kept outside the array.
 *
 * <p>Not thread-safe for writers; any number of readers may run while nobody writes.
 */
final class LevelTable {
  private static final int SLOT = 6;
  private static final int MIN_BITS = 4;

  /** Largest table: 2^28 slots of 48 bytes (12 GiB); far past what fits in a heap today. */
  private static final int MAX_BITS = 28;

  private static final VarHandle BE_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private long[] slots;
  private int bits;
  private int mask;
  private int size;
  private boolean hasZero;

  /** Written by {@link #touch} so the JIT keeps its loads; never read. */
  @SuppressWarnings("unused")
  private long sink;

  private final long[] zero = new long[5];

  LevelTable() {
    resize(MIN_BITS);
  }

  /** A table sized to take {@code expected} nodes without growing. */
  LevelTable(int expected) {
    resize(Math.max(MIN_BITS, 64 - Long.numberOfLeadingZeros(2L * expected)));
  }

  /** Number of nodes held. */
  long size() {
    return size + (hasZero ? 1 : 0);
  }

  private int home(long index) {
    return (int) (((index >>> 1) * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }

  /** Copies node {@code index} into {@code out[off..off+32)} and returns true, or returns false. */
  boolean get(long index, byte[] out, int off) {
    return find(index, out, off) != NodeStore.ABSENT;
  }

  /**
   * Copies node {@code index} into {@code out[off..off+32)} and returns its tag, or returns {@link
   * NodeStore#ABSENT}.
   */
  long find(long index, byte[] out, int off) {
    if (index == 0) {
      if (!hasZero) {
        return NodeStore.ABSENT;
      }
      store(zero, 0, out, off);
      return zero[4];
    }
    long[] s = slots;
    for (int i = home(index); ; i = (i + 1) & mask) {
      long k = s[i * SLOT];
      if (k == index) {
        store(s, i * SLOT + 1, out, off);
        return s[i * SLOT + 5];
      }
      if (k == 0) {
        return NodeStore.ABSENT;
      }
    }
  }

  boolean contains(long index) {
    if (index == 0) {
      return hasZero;
    }
    long[] s = slots;
    for (int i = home(index); ; i = (i + 1) & mask) {
      long k = s[i * SLOT];
      if (k == index) {
        return true;
      }
      if (k == 0) {
        return false;
      }
    }
  }

  /**
   * {@link #get} for {@code count} indices. A first pass only loads each home slot: those loads are
   * independent, so their cache misses overlap instead of queueing one after another.
   */
  void getAll(long[] indices, int count, byte[] out, long[] tags) {
    touch(indices, count);
    for (int i = 0; i < count; i++) {
      tags[i] = find(indices[i], out, 32 * i);
    }
  }

  /** Loads the home slot of each index, to bring it into cache ahead of the real accesses. */
  void touch(long[] indices, int count) {
    long[] s = slots;
    long sum = 0;
    for (int i = 0; i < count; i++) {
      int at = home(indices[i]) * SLOT;
      // A 48-byte slot can straddle two cache lines: load its first and last word.
      sum += s[at] + s[at + SLOT - 1];
    }
    sink = sum;
  }

  /** Sets node {@code index} to {@code in[off..off+32)} with tag 0. */
  void put(long index, byte[] in, int off) {
    put(index, in, off, 0);
  }

  /** Sets node {@code index} to {@code in[off..off+32)} with {@code tag}. */
  void put(long index, byte[] in, int off, long tag) {
    if (index == 0) {
      load(in, off, zero, 0);
      zero[4] = tag;
      hasZero = true;
      return;
    }
    for (int i = home(index); ; i = (i + 1) & mask) {
      long k = slots[i * SLOT];
      if (k == index) {
        load(in, off, slots, i * SLOT + 1);
        slots[i * SLOT + 5] = tag;
        return;
      }
      if (k == 0) {
        slots[i * SLOT] = index;
        load(in, off, slots, i * SLOT + 1);
        slots[i * SLOT + 5] = tag;
        if (++size > (mask + 1) >>> 1) {
          grow();
        }
        return;
      }
    }
  }

  /** Copies the indices of all nodes held, in no particular order, into {@code out}. */
  void keys(long[] out) {
    int n = 0;
    if (hasZero) {
      out[n++] = 0;
    }
    for (int j = 0; j < slots.length; j += SLOT) {
      if (slots[j] != 0) {
        out[n++] = slots[j];
      }
    }
  }

  /** Removes node {@code index} if present. */
  void remove(long index) {
    if (index == 0) {
      hasZero = false;
      return;
    }
    int i = home(index);
    while (true) {
      long k = slots[i * SLOT];
      if (k == 0) {
        return;
      }
      if (k == index) {
        break;
      }
      i = (i + 1) & mask;
    }
    size--;
    // Backward-shift deletion: move up every later entry of the run whose home is not in (i, j].
    int hole = i;
    for (int j = (i + 1) & mask; ; j = (j + 1) & mask) {
      long k = slots[j * SLOT];
      if (k == 0) {
        break;
      }
      int h = home(k);
      boolean stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
      if (!stays) {
        System.arraycopy(slots, j * SLOT, slots, hole * SLOT, SLOT);
        hole = j;
      }
    }
    slots[hole * SLOT] = 0;
  }

  private void grow() {
    if (bits >= MAX_BITS) {
      throw new IllegalStateException(
          "in-memory node table is full at " + size + " nodes on one level; use a disk store");
    }
    long[] old = slots;
    resize(bits + 1);
    for (int j = 0; j < old.length; j += SLOT) {
      long k = old[j];
      if (k != 0) {
        int i = home(k);
        while (slots[i * SLOT] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, j, slots, i * SLOT, SLOT);
      }
    }
  }

  private void resize(int newBits) {
    bits = newBits;
    mask = (1 << newBits) - 1;
    slots = new long[SLOT << newBits];
  }

  private static void load(byte[] in, int off, long[] dst, int at) {
    dst[at] = (long) BE_LONG.get(in, off);
    dst[at + 1] = (long) BE_LONG.get(in, off + 8);
    dst[at + 2] = (long) BE_LONG.get(in, off + 16);
    dst[at + 3] = (long) BE_LONG.get(in, off + 24);
  }

  private static void store(long[] src, int at, byte[] out, int off) {
    BE_LONG.set(out, off, src[at]);
    BE_LONG.set(out, off + 8, src[at + 1]);
    BE_LONG.set(out, off + 16, src[at + 2]);
    BE_LONG.set(out, off + 24, src[at + 3]);
  }
}
