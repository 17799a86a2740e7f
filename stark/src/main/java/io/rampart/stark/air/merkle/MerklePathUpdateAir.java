package io.rampart.stark.air.merkle;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.Assertion;
import io.rampart.stark.air.poseidon.Poseidon2Rounds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One leaf update under one Merkle path: the old leaf hashes up to the old root and the new leaf to
 * the new root along the same siblings and index. Nodes are 4 Goldilocks elements; a parent is
 * Poseidon2 compression of (left, right): the first 4 elements of P(left ‖ right ‖ 0^4), as {@code
 * io.rampart.crypto.poseidon2.Poseidon2Hasher#compress}. Bit k of the index is 1 when the node at
 * level k is a right child.
 *
 * <p>Layout: one 32-row Poseidon2 cycle per level ({@link Poseidon2Rounds}), {@code depth} levels
 * (a power of two). Columns: old-lane state (12), new-lane state (12), old carry (4, the old node
 * at this level), new carry (4), sibling (4), path bit (1). Carry, sibling and bit are constant
 * within a cycle; at the last step the carries take the hash outputs. The first step of each cycle
 * reads the composed input (carry, sibling) or (sibling, carry), not the state, so the state in
 * each cycle's first row is forced to zero. Public inputs: old leaf, new leaf, old root, new root
 * (4 each), index.
 */
public final class MerklePathUpdateAir implements Air {
  public static final String ID = "rampart.merkle-path-update.poseidon2.v1";
  public static final int OLD = 0;
  public static final int NEW = 12;
  public static final int CARRY_OLD = 24;
  public static final int CARRY_NEW = 28;
  public static final int SIB = 32;
  public static final int BIT = 36;
  public static final int WIDTH = 37;
  static final int CONSTRAINTS = 38;

  private final int depth;
  private final long[] oldLeaf;
  private final long[] newLeaf;
  private final long[] oldRoot;
  private final long[] newRoot;
  private final long index;

  public MerklePathUpdateAir(
      int depth, long[] oldLeaf, long[] newLeaf, long[] oldRoot, long[] newRoot, long index) {
    if (depth < 1 || depth > 32 || Integer.bitCount(depth) != 1) {
      throw new IllegalArgumentException("depth must be a power of two up to 32");
    }
    if (index < 0 || (depth < 32 && index >= (1L << depth)) || index >= (1L << 32)) {
      throw new IllegalArgumentException("index out of range for depth " + depth);
    }
    for (long[] node : List.of(oldLeaf, newLeaf, oldRoot, newRoot)) {
      if (node.length != 4 || !Arrays.stream(node).allMatch(Goldilocks::isCanonical)) {
        throw new IllegalArgumentException("a node is 4 canonical elements");
      }
    }
    this.depth = depth;
    this.oldLeaf = oldLeaf.clone();
    this.newLeaf = newLeaf.clone();
    this.oldRoot = oldRoot.clone();
    this.newRoot = newRoot.clone();
    this.index = index;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int traceLength() {
    return Math.max(8, depth * Poseidon2Rounds.CYCLE);
  }

  @Override
  public long[] publicInputs() {
    long[] p = new long[17];
    System.arraycopy(oldLeaf, 0, p, 0, 4);
    System.arraycopy(newLeaf, 0, p, 4, 4);
    System.arraycopy(oldRoot, 0, p, 8, 4);
    System.arraycopy(newRoot, 0, p, 12, 4);
    p[16] = index;
    return p;
  }

  @Override
  public int[] transitionDegrees() {
    int[] d = new int[CONSTRAINTS];
    Arrays.fill(d, 2);
    Arrays.fill(d, 0, 24, 8);
    return d;
  }

  @Override
  public List<long[]> periodicColumns() {
    return List.of(Poseidon2Rounds.periodicColumns());
  }

  @Override
  public List<Assertion> assertions() {
    List<Assertion> a = new ArrayList<>();
    int last = traceLength() - 1;
    for (int j = 0; j < 4; j++) {
      a.add(new Assertion(CARRY_OLD + j, 0, oldLeaf[j]));
      a.add(new Assertion(CARRY_NEW + j, 0, newLeaf[j]));
      a.add(new Assertion(OLD + j, last, oldRoot[j]));
      a.add(new Assertion(NEW + j, last, newRoot[j]));
    }
    for (int k = 0; k < depth; k++) {
      a.add(new Assertion(BIT, k * Poseidon2Rounds.CYCLE, (index >>> k) & 1));
    }
    return a;
  }

  /** The hash input (carry, sibling) or (sibling, carry) by bit b, then four zeros. */
  static long[] compose(long[] row, int carry, long b) {
    long[] u = new long[12];
    for (int j = 0; j < 4; j++) {
      long c = row[carry + j];
      long s = row[SIB + j];
      u[j] = Goldilocks.add(c, Goldilocks.mul(b, Goldilocks.sub(s, c)));
      u[4 + j] = Goldilocks.add(s, Goldilocks.mul(b, Goldilocks.sub(c, s)));
    }
    return u;
  }

  static Ext2[] compose(Ext2[] row, int carry, Ext2 b) {
    Ext2[] u = new Ext2[12];
    Arrays.fill(u, Ext2.ZERO);
    for (int j = 0; j < 4; j++) {
      Ext2 c = row[carry + j];
      Ext2 s = row[SIB + j];
      u[j] = c.add(b.mul(s.sub(c)));
      u[4 + j] = s.add(b.mul(c.sub(s)));
    }
    return u;
  }

  @Override
  public void evaluate(long[] cur, long[] next, long[] per, long[] out) {
    long b = cur[BIT];
    Poseidon2Rounds.constraints(
        compose(cur, CARRY_OLD, b), cur, OLD, next, OLD, per, out, 0, false);
    Poseidon2Rounds.constraints(
        compose(cur, CARRY_NEW, b), cur, NEW, next, NEW, per, out, 12, false);
    long fCopy = per[Poseidon2Rounds.F_COPY];
    long notCopy = Goldilocks.sub(1, fCopy);
    for (int j = 0; j < 4; j++) {
      out[24 + j] =
          Goldilocks.sub(
              next[CARRY_OLD + j],
              Goldilocks.add(
                  Goldilocks.mul(fCopy, cur[OLD + j]),
                  Goldilocks.mul(notCopy, cur[CARRY_OLD + j])));
      out[28 + j] =
          Goldilocks.sub(
              next[CARRY_NEW + j],
              Goldilocks.add(
                  Goldilocks.mul(fCopy, cur[NEW + j]),
                  Goldilocks.mul(notCopy, cur[CARRY_NEW + j])));
      out[32 + j] = Goldilocks.mul(notCopy, Goldilocks.sub(next[SIB + j], cur[SIB + j]));
    }
    out[36] = Goldilocks.mul(notCopy, Goldilocks.sub(next[BIT], b));
    out[37] = Goldilocks.mul(b, Goldilocks.sub(b, 1));
  }

  @Override
  public void evaluate(Ext2[] cur, Ext2[] next, Ext2[] per, Ext2[] out) {
    Ext2 b = cur[BIT];
    Poseidon2Rounds.constraints(
        compose(cur, CARRY_OLD, b), cur, OLD, next, OLD, per, out, 0, false);
    Poseidon2Rounds.constraints(
        compose(cur, CARRY_NEW, b), cur, NEW, next, NEW, per, out, 12, false);
    Ext2 fCopy = per[Poseidon2Rounds.F_COPY];
    Ext2 notCopy = Ext2.ONE.sub(fCopy);
    for (int j = 0; j < 4; j++) {
      out[24 + j] =
          next[CARRY_OLD + j].sub(fCopy.mul(cur[OLD + j]).add(notCopy.mul(cur[CARRY_OLD + j])));
      out[28 + j] =
          next[CARRY_NEW + j].sub(fCopy.mul(cur[NEW + j]).add(notCopy.mul(cur[CARRY_NEW + j])));
      out[32 + j] = notCopy.mul(next[SIB + j].sub(cur[SIB + j]));
    }
    out[36] = notCopy.mul(next[BIT].sub(b));
    out[37] = b.mul(b.sub(Ext2.ONE));
  }
}
