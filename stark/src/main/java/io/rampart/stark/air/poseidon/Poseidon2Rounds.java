package io.rampart.stark.air.poseidon;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;

/**
 * The Poseidon2 permutation laid out as 32 trace rows, one transition per step, with round
 * constants added at the end of the step before the round that uses them (so constants enter the
 * constraints linearly):
 *
 * <ul>
 *   <li>step 0: the initial external layer, next = M_E·cur + c(full round 0);
 *   <li>steps 1-4 and 27-30: full rounds, next = M_E·cur^7 + c(next round);
 *   <li>steps 5-26: partial rounds, next = M_I·(cur_0^7, cur_1..cur_11) + c(next round);
 *   <li>step 31: copy, next = cur (the output becomes the next permutation's input).
 * </ul>
 *
 * Row 0 of a cycle holds the permutation input, row 31 its output.
 */
public final class Poseidon2Rounds {
  public static final int WIDTH = 12;
  public static final int CYCLE = 32;

  /** Periodic column indices. */
  public static final int F_LIN = 0;

  public static final int F_FULL = 1;
  public static final int F_PART = 2;
  public static final int F_COPY = 3;
  public static final int RC = 4;
  public static final int PERIODIC_COLUMNS = RC + WIDTH;

  private static final long[][] PERIODIC = buildPeriodic();

  private Poseidon2Rounds() {}

  /** The 16 periodic columns (selectors, then the 12 constants added at each step). */
  public static long[][] periodicColumns() {
    long[][] copy = new long[PERIODIC.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = PERIODIC[i].clone();
    }
    return copy;
  }

  private static long[][] buildPeriodic() {
    long[][] p = new long[PERIODIC_COLUMNS][CYCLE];
    long[][] ext = Poseidon2Params.EXTERNAL_RC;
    long[] internal = Poseidon2Params.INTERNAL_RC;
    for (int t = 0; t < CYCLE; t++) {
      long[] rc = new long[WIDTH];
      if (t == 0) {
        p[F_LIN][t] = 1;
        rc = ext[0];
      } else if (t <= 4) {
        p[F_FULL][t] = 1;
        if (t < 4) {
          rc = ext[t];
        } else {
          rc[0] = internal[0];
        }
      } else if (t <= 26) {
        p[F_PART][t] = 1;
        int r = t - 5;
        if (r < 21) {
          rc[0] = internal[r + 1];
        } else {
          rc = ext[4];
        }
      } else if (t <= 30) {
        p[F_FULL][t] = 1;
        if (t < 30) {
          rc = ext[t - 22];
        }
      } else {
        p[F_COPY][t] = 1;
      }
      for (int i = 0; i < WIDTH; i++) {
        p[RC + i][t] = rc[i];
      }
    }
    return p;
  }

  /** Applies step {@code t} (0..31) to {@code s} in place: the next row from this one. */
  public static void step(int t, long[] s) {
    long[] in = s.clone();
    long[] per = new long[PERIODIC_COLUMNS];
    for (int j = 0; j < PERIODIC_COLUMNS; j++) {
      per[j] = PERIODIC[j][t];
    }
    long[] zero = new long[WIDTH];
    long[] out = new long[WIDTH];
    // The constraint is next - f(cur); evaluated with next = 0 it is -f(cur).
    constraints(in, zero, per, out);
    for (int i = 0; i < WIDTH; i++) {
      s[i] = Goldilocks.neg(out[i]);
    }
  }

  /** The permutation through its 31 non-copy steps (equals Poseidon2.permute). */
  public static void permute(long[] s) {
    for (int t = 0; t < CYCLE - 1; t++) {
      step(t, s);
    }
  }

  static long sbox(long x) {
    long x2 = Goldilocks.mul(x, x);
    long x3 = Goldilocks.mul(x2, x);
    long x4 = Goldilocks.mul(x2, x2);
    return Goldilocks.mul(x3, x4);
  }

  static Ext2 sbox(Ext2 x) {
    Ext2 x2 = x.square();
    Ext2 x3 = x2.mul(x);
    return x3.mul(x2.square());
  }

  /**
   * Constraint values: next_i - rc_i - (M_E·(fLin·cur + fFull·cur^7))_i - fPart·(M_I·p)_i -
   * fCopy·cur_i, with p = (cur_0^7, cur_1, ..., cur_11).
   */
  static void constraints(long[] cur, long[] next, long[] per, long[] out) {
    constraints(cur, cur, 0, next, 0, per, out, 0, true);
  }

  /**
   * The round constraints for one 12-element lane: the state is {@code cur[curOff..+12)}, the next
   * state {@code next[nextOff..+12)}, the initial linear layer reads {@code lin[0..12)} instead of
   * the state, and without {@code copy} the copy step constrains the next state to zero (the Merkle
   * AIR starts each hash from a composed input, not from the previous row).
   */
  public static void constraints(
      long[] lin,
      long[] cur,
      int curOff,
      long[] next,
      int nextOff,
      long[] per,
      long[] out,
      int outOff,
      boolean copy) {
    long fLin = per[F_LIN];
    long fFull = per[F_FULL];
    long fPart = per[F_PART];
    long fCopy = copy ? per[F_COPY] : 0;
    long[] a = new long[WIDTH];
    long s0 = 0;
    for (int i = 0; i < WIDTH; i++) {
      long s = sbox(cur[curOff + i]);
      if (i == 0) {
        s0 = s;
      }
      a[i] = Goldilocks.add(Goldilocks.mul(fLin, lin[i]), Goldilocks.mul(fFull, s));
    }
    externalLinear(a);
    // M_I·p: y_i = D_i·p_i + sum(p)
    long sum = s0;
    for (int i = 1; i < WIDTH; i++) {
      sum = Goldilocks.add(sum, cur[curOff + i]);
    }
    long[] diag = Poseidon2Params.INTERNAL_DIAG_M_1;
    for (int i = 0; i < WIDTH; i++) {
      long c = cur[curOff + i];
      long pi = i == 0 ? s0 : c;
      long mi = Goldilocks.add(Goldilocks.mul(diag[i], pi), sum);
      long f =
          Goldilocks.add(
              Goldilocks.add(a[i], Goldilocks.mul(fPart, mi)),
              Goldilocks.add(Goldilocks.mul(fCopy, c), per[RC + i]));
      out[outOff + i] = Goldilocks.sub(next[nextOff + i], f);
    }
  }

  static void constraints(Ext2[] cur, Ext2[] next, Ext2[] per, Ext2[] out) {
    constraints(cur, cur, 0, next, 0, per, out, 0, true);
  }

  /** Extension form of the lane constraints above. */
  public static void constraints(
      Ext2[] lin,
      Ext2[] cur,
      int curOff,
      Ext2[] next,
      int nextOff,
      Ext2[] per,
      Ext2[] out,
      int outOff,
      boolean copy) {
    Ext2[] a = new Ext2[WIDTH];
    Ext2 s0 = Ext2.ZERO;
    for (int i = 0; i < WIDTH; i++) {
      Ext2 s = sbox(cur[curOff + i]);
      if (i == 0) {
        s0 = s;
      }
      a[i] = per[F_LIN].mul(lin[i]).add(per[F_FULL].mul(s));
    }
    externalLinear(a);
    Ext2 sum = s0;
    for (int i = 1; i < WIDTH; i++) {
      sum = sum.add(cur[curOff + i]);
    }
    Ext2 fCopy = copy ? per[F_COPY] : Ext2.ZERO;
    long[] diag = Poseidon2Params.INTERNAL_DIAG_M_1;
    for (int i = 0; i < WIDTH; i++) {
      Ext2 c = cur[curOff + i];
      Ext2 pi = i == 0 ? s0 : c;
      Ext2 mi = pi.mul(Ext2.fromBase(diag[i])).add(sum);
      Ext2 f = a[i].add(per[F_PART].mul(mi)).add(fCopy.mul(c)).add(per[RC + i]);
      out[outOff + i] = next[nextOff + i].sub(f);
    }
  }

  private static final long[][] M4 = {{5, 7, 1, 3}, {4, 6, 1, 1}, {1, 3, 5, 7}, {1, 1, 4, 6}};

  /** x := M_E·x, M_E = circ(2·M4, M4, M4): block j becomes M4·(x_j + x_0 + x_1 + x_2). */
  static void externalLinear(long[] x) {
    long t0 = Goldilocks.add(Goldilocks.add(x[0], x[4]), x[8]);
    long t1 = Goldilocks.add(Goldilocks.add(x[1], x[5]), x[9]);
    long t2 = Goldilocks.add(Goldilocks.add(x[2], x[6]), x[10]);
    long t3 = Goldilocks.add(Goldilocks.add(x[3], x[7]), x[11]);
    for (int b = 0; b < 12; b += 4) {
      m4(
          x,
          b,
          Goldilocks.add(x[b], t0),
          Goldilocks.add(x[b + 1], t1),
          Goldilocks.add(x[b + 2], t2),
          Goldilocks.add(x[b + 3], t3));
    }
  }

  /**
   * M4·(a, b, c, d) into x[o..o+4), M4 = [[5,7,1,3],[4,6,1,1],[1,3,5,7],[1,1,4,6]], by additions.
   */
  private static void m4(long[] x, int o, long a, long b, long c, long d) {
    long u0 = Goldilocks.add(a, b);
    long u1 = Goldilocks.add(c, d);
    long u2 = Goldilocks.add(Goldilocks.twice(b), u1);
    long u3 = Goldilocks.add(Goldilocks.twice(d), u0);
    long u4 = Goldilocks.add(Goldilocks.twice(Goldilocks.twice(u1)), u3);
    long u5 = Goldilocks.add(Goldilocks.twice(Goldilocks.twice(u0)), u2);
    x[o] = Goldilocks.add(u3, u5);
    x[o + 1] = u5;
    x[o + 2] = Goldilocks.add(u2, u4);
    x[o + 3] = u4;
  }

  static void externalLinear(Ext2[] x) {
    Ext2[] t = new Ext2[4];
    for (int k = 0; k < 4; k++) {
      t[k] = x[k].add(x[k + 4]).add(x[k + 8]);
    }
    Ext2[] y = new Ext2[4];
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < 4; k++) {
        y[k] = x[4 * b + k].add(t[k]);
      }
      for (int r = 0; r < 4; r++) {
        Ext2 acc = Ext2.ZERO;
        for (int k = 0; k < 4; k++) {
          acc = acc.add(y[k].mul(Ext2.fromBase(M4[r][k])));
        }
        x[4 * b + r] = acc;
      }
    }
  }
}
