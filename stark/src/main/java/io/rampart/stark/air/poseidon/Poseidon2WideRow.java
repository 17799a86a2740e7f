package io.rampart.stark.air.poseidon;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;

/**
 * One Poseidon2 permutation (width 12, x^7, 4 + 22 + 4 rounds) per trace row. Columns, in round
 * order:
 *
 * <ul>
 *   <li>{@link #full}(r, i) for r in 0..3: the S-box output of element i in full round r;
 *   <li>{@link #partial}(r): the S-box output of element 0 in partial round r, r in 0..21;
 *   <li>{@link #full}(r, i) for r in 4..6;
 *   <li>{@link #OUT}: the 12 output elements (the last full round is folded into them).
 * </ul>
 *
 * The input is not stored: the first full round's S-box outputs are a bijective function of it,
 * (M_E·input + c)^7. Column k {@code >= 12} has a row constraint of degree 7 that determines it
 * from the columns before it in the same row: an S-box column equals (its round's input)^7, where
 * the round input is a linear function of the previous round's S-box columns (the linear layers and
 * constants are folded in), and each output equals M_E·(last round input)^7. Constraint k {@code <
 * 12} is the degree-7 transition next.full(0, k) = (M_E·OUT + c)_k^7: the next permutation's input
 * is this output. Constraint index equals column index, transitions first.
 */
public final class Poseidon2WideRow {
  public static final int STATE = 12;
  public static final int FULL = 0;
  public static final int STORED_FULL_ROUNDS = 7;
  public static final int PARTIAL = FULL + 4 * STATE;
  public static final int PARTIAL_ROUNDS = 22;
  public static final int LATE_FULL = PARTIAL + PARTIAL_ROUNDS;
  public static final int OUT = LATE_FULL + 3 * STATE;
  public static final int WIDTH = OUT + STATE;
  public static final int DEGREE = 7;

  private static final long[][] EXT = Poseidon2Params.EXTERNAL_RC;
  private static final long[] INT = Poseidon2Params.INTERNAL_RC;
  private static final long[] DIAG = Poseidon2Params.INTERNAL_DIAG_M_1;

  private Poseidon2WideRow() {}

  /** Column of the S-box output of element {@code i} in stored full round {@code r} (0..6). */
  public static int full(int r, int i) {
    return r < 4 ? FULL + STATE * r + i : LATE_FULL + STATE * (r - 4) + i;
  }

  /** Column of the S-box output in partial round {@code r} (0..21). */
  public static int partial(int r) {
    return PARTIAL + r;
  }

  /** The first full round's S-box outputs, (M_E·input + c_0)^7, for 12 canonical elements. */
  public static long[] firstRound(long[] input) {
    long[] s = input.clone();
    Poseidon2Rounds.externalLinear(s);
    for (int i = 0; i < STATE; i++) {
      s[i] = sbox(Goldilocks.add(s[i], EXT[0][i]));
    }
    return s;
  }

  /** Fills {@code row[0..WIDTH)} for the permutation of {@code input} (12 canonical elements). */
  public static void fill(long[] input, long[] row) {
    long[] s = firstRound(input);
    System.arraycopy(s, 0, row, full(0, 0), STATE);
    Poseidon2Rounds.externalLinear(s);
    for (int r = 1; r < 8; r++) {
      if (r == 4) {
        for (int p = 0; p < PARTIAL_ROUNDS; p++) {
          long x = sbox(Goldilocks.add(s[0], INT[p]));
          row[partial(p)] = x;
          s[0] = x;
          internalLinear(s);
        }
      }
      for (int i = 0; i < STATE; i++) {
        s[i] = sbox(Goldilocks.add(s[i], EXT[r][i]));
      }
      if (r < STORED_FULL_ROUNDS) {
        System.arraycopy(s, 0, row, full(r, 0), STATE);
      }
      Poseidon2Rounds.externalLinear(s);
    }
    System.arraycopy(s, 0, row, OUT, STATE);
  }

  /** Base-field constraint values ({@link #WIDTH} of them) on one row and the next. */
  public static void constraints(long[] cur, long[] next, long[] out) {
    long[] s = new long[STATE];
    System.arraycopy(cur, OUT, s, 0, STATE);
    Poseidon2Rounds.externalLinear(s);
    for (int i = 0; i < STATE; i++) {
      out[i] = Goldilocks.sub(next[FULL + i], sbox(Goldilocks.add(s[i], EXT[0][i])));
    }
    System.arraycopy(cur, FULL, s, 0, STATE);
    Poseidon2Rounds.externalLinear(s);
    for (int r = 1; r < 8; r++) {
      int col = full(r, 0);
      if (r == 4) {
        for (int p = 0; p < PARTIAL_ROUNDS; p++) {
          int c = PARTIAL + p;
          out[c] = Goldilocks.sub(cur[c], sbox(Goldilocks.add(s[0], INT[p])));
          s[0] = cur[c];
          internalLinear(s);
        }
      }
      if (r < STORED_FULL_ROUNDS) {
        for (int i = 0; i < STATE; i++) {
          out[col + i] = Goldilocks.sub(cur[col + i], sbox(Goldilocks.add(s[i], EXT[r][i])));
        }
        System.arraycopy(cur, col, s, 0, STATE);
      } else {
        for (int i = 0; i < STATE; i++) {
          s[i] = sbox(Goldilocks.add(s[i], EXT[r][i]));
        }
      }
      Poseidon2Rounds.externalLinear(s);
    }
    for (int i = 0; i < STATE; i++) {
      out[OUT + i] = Goldilocks.sub(cur[OUT + i], s[i]);
    }
  }

  /** The same constraints over the extension (verifier, at the out-of-domain point). */
  public static void constraints(Ext2[] cur, Ext2[] next, Ext2[] out) {
    Ext2[] s = new Ext2[STATE];
    System.arraycopy(cur, OUT, s, 0, STATE);
    Poseidon2Rounds.externalLinear(s);
    for (int i = 0; i < STATE; i++) {
      out[i] = next[FULL + i].sub(Poseidon2Rounds.sbox(s[i].add(Ext2.fromBase(EXT[0][i]))));
    }
    System.arraycopy(cur, FULL, s, 0, STATE);
    Poseidon2Rounds.externalLinear(s);
    for (int r = 1; r < 8; r++) {
      int col = full(r, 0);
      if (r == 4) {
        for (int p = 0; p < PARTIAL_ROUNDS; p++) {
          int c = PARTIAL + p;
          out[c] = cur[c].sub(Poseidon2Rounds.sbox(s[0].add(Ext2.fromBase(INT[p]))));
          s[0] = cur[c];
          internalLinear(s);
        }
      }
      for (int i = 0; i < STATE; i++) {
        Ext2 y = Poseidon2Rounds.sbox(s[i].add(Ext2.fromBase(EXT[r][i])));
        if (r < STORED_FULL_ROUNDS) {
          out[col + i] = cur[col + i].sub(y);
          s[i] = cur[col + i];
        } else {
          s[i] = y;
        }
      }
      Poseidon2Rounds.externalLinear(s);
    }
    for (int i = 0; i < STATE; i++) {
      out[OUT + i] = cur[OUT + i].sub(s[i]);
    }
  }

  /** x^7, canonical; the intermediate products stay unreduced. */
  static long sbox(long x) {
    long x2 = Goldilocks.mulLazy(x, x);
    long x3 = Goldilocks.mulLazy(x2, x);
    long x4 = Goldilocks.mulLazy(x2, x2);
    return Goldilocks.mul(x3, x4);
  }

  /** x := M_I·x = diag(D)·x + (Σ x)·1, with D the internal diagonal minus one. */
  static void internalLinear(long[] x) {
    long sum = x[0];
    for (int i = 1; i < STATE; i++) {
      sum = Goldilocks.add(sum, x[i]);
    }
    for (int i = 0; i < STATE; i++) {
      x[i] = Goldilocks.add(Goldilocks.mul(DIAG[i], x[i]), sum);
    }
  }

  static void internalLinear(Ext2[] x) {
    Ext2 sum = x[0];
    for (int i = 1; i < STATE; i++) {
      sum = sum.add(x[i]);
    }
    for (int i = 0; i < STATE; i++) {
      x[i] = x[i].mul(Ext2.fromBase(DIAG[i])).add(sum);
    }
  }
}
