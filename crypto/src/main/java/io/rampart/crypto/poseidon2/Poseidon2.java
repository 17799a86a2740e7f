package io.rampart.crypto.poseidon2;

import static io.rampart.crypto.poseidon2.Poseidon2Constants.EXTERNAL_RC;
import static io.rampart.crypto.poseidon2.Poseidon2Constants.INTERNAL_DIAG_M_1;
import static io.rampart.crypto.poseidon2.Poseidon2Constants.INTERNAL_RC;

import io.rampart.crypto.field.Goldilocks;

/**
 * The Poseidon2 permutation over Goldilocks with width 12, S-box x^7, 4 + 4 full rounds and 22
 * partial rounds (Grassi, Khovratovich, Schofnegger, "Poseidon2", eprint 2023/323), with the
 * constants of the authors' reference implementation: outputs match it bit for bit.
 *
 * <p>Structure: the external matrix M_E is applied once before the first round; each full round
 * adds 12 round constants, applies x^7 to every element and multiplies by M_E; each partial round
 * adds one constant to element 0, applies x^7 to it alone and multiplies by the internal matrix M_I
 * = diag(D) + J (J all ones). M_E = circ(2·M4, M4, M4) with M4 = [[5,7,1,3],[4,6,1,1],
 * [1,3,5,7],[1,1,4,6]].
 *
 * <p>Speed: the state is a flat {@code long[12]}; no allocation happens inside the rounds. Linear
 * layers run on the 32-bit halves of each element with plain integer additions (a row of M_E sums
 * to 64, so a half stays below 2^39) and reduce once per output. S-box products stay in [0, 2^64)
 * without the final comparison, and the internal layer computes d·x + sum in 128 bits with one
 * reduction per element. Stateless and thread-safe.
 */
public final class Poseidon2 {
  public static final int WIDTH = 12;
  static final int HALF_FULL_ROUNDS = 4;
  static final int PARTIAL_ROUNDS = 22;

  private static final long M32 = 0xFFFF_FFFFL;
  private static final long P = Goldilocks.P;
  private static final long EPSILON = 0xFFFF_FFFFL;

  /** Round constants split into 32-bit halves, folded into the preceding linear layer. */
  private static final long[][] RC_LO = new long[2 * HALF_FULL_ROUNDS][WIDTH];

  private static final long[][] RC_HI = new long[2 * HALF_FULL_ROUNDS][WIDTH];
  private static final long[] NO_RC = new long[WIDTH];

  static {
    for (int r = 0; r < 2 * HALF_FULL_ROUNDS; r++) {
      for (int i = 0; i < WIDTH; i++) {
        RC_LO[r][i] = EXTERNAL_RC[r][i] & M32;
        RC_HI[r][i] = EXTERNAL_RC[r][i] >>> 32;
      }
    }
  }

  private Poseidon2() {}

  /**
   * Permutes {@code state} in place. Input elements are read modulo p (any 64-bit pattern is
   * accepted); output elements are canonical.
   *
   * @throws IllegalArgumentException if {@code state.length != 12}
   */
  public static void permute(long[] state) {
    if (state.length != WIDTH) {
      throw new IllegalArgumentException(
          "Poseidon2 state must have 12 elements, got " + state.length);
    }
    permute(state, new long[2 * WIDTH]);
  }

  /** {@link #permute(long[])} with a caller-owned scratch buffer of at least 24 longs. */
  static void permute(long[] s, long[] scratch) {
    // Initial linear layer, with the first round's constants folded in.
    external(s, scratch, RC_LO[0], RC_HI[0]);
    for (int r = 0; r < HALF_FULL_ROUNDS; r++) {
      sboxAll(s);
      if (r + 1 < HALF_FULL_ROUNDS) {
        external(s, scratch, RC_LO[r + 1], RC_HI[r + 1]);
      } else {
        external(s, scratch, NO_RC, NO_RC);
      }
    }
    for (int r = 0; r < PARTIAL_ROUNDS; r++) {
      s[0] = sbox(addAny(s[0], INTERNAL_RC[r]));
      internal(s);
    }
    long[] rc = EXTERNAL_RC[HALF_FULL_ROUNDS];
    for (int i = 0; i < WIDTH; i++) {
      s[i] = addAny(s[i], rc[i]);
    }
    for (int r = HALF_FULL_ROUNDS; r < 2 * HALF_FULL_ROUNDS; r++) {
      sboxAll(s);
      if (r + 1 < 2 * HALF_FULL_ROUNDS) {
        external(s, scratch, RC_LO[r + 1], RC_HI[r + 1]);
      } else {
        external(s, scratch, NO_RC, NO_RC);
      }
    }
  }

  /** x^7 for any 64-bit x; the result is congruent, in [0, 2^64). Multiplicative depth 3. */
  static long sbox(long x) {
    long x2 = Goldilocks.mulLazy(x, x);
    long x3 = Goldilocks.mulLazy(x2, x);
    long x4 = Goldilocks.mulLazy(x2, x2);
    return Goldilocks.mulLazy(x3, x4);
  }

  private static void sboxAll(long[] s) {
    for (int i = 0; i < WIDTH; i++) {
      s[i] = sbox(s[i]);
    }
  }

  /** a + c for any 64-bit a and canonical c; congruent result in [0, 2^64). */
  private static long addAny(long a, long c) {
    long r = a + c;
    return Long.compareUnsigned(r, c) < 0 ? r + EPSILON : r;
  }

  /**
   * s := M_E·s + rc, canonical out, any 64-bit values in. {@code v} holds the low halves (0..11)
   * and high halves (12..23) while they are mixed.
   */
  private static void external(long[] s, long[] v, long[] rcLo, long[] rcHi) {
    for (int i = 0; i < WIDTH; i++) {
      long x = s[i];
      v[i] = x & M32;
      v[WIDTH + i] = x >>> 32;
    }
    m4(v, 0);
    m4(v, 4);
    m4(v, 8);
    m4(v, 12);
    m4(v, 16);
    m4(v, 20);
    for (int l = 0; l < 4; l++) {
      long cl = v[l] + v[4 + l] + v[8 + l];
      long ch = v[12 + l] + v[16 + l] + v[20 + l];
      for (int i = l; i < WIDTH; i += 4) {
        s[i] = reduceHalves(v[WIDTH + i] + ch + rcHi[i], v[i] + cl + rcLo[i]);
      }
    }
  }

  /** In-place M4 = [[5,7,1,3],[4,6,1,1],[1,3,5,7],[1,1,4,6]] on plain integers, no reduction. */
  private static void m4(long[] v, int o) {
    long a = v[o];
    long b = v[o + 1];
    long c = v[o + 2];
    long d = v[o + 3];
    long t0 = a + b;
    long t1 = c + d;
    long t2 = (b << 1) + t1;
    long t3 = (d << 1) + t0;
    long t4 = (t1 << 2) + t3;
    long t5 = (t0 << 2) + t2;
    v[o] = t3 + t5;
    v[o + 1] = t5;
    v[o + 2] = t2 + t4;
    v[o + 3] = t4;
  }

  /** hi·2^32 + lo mod p, canonical, for hi and lo below 2^40. */
  private static long reduceHalves(long hi, long lo) {
    // hi·2^32 = (hi >>> 32)·2^64 + (hi mod 2^32)·2^32, and 2^64 = EPSILON (mod p).
    long top = hi << 32;
    long r = top + lo + (hi >>> 32) * EPSILON;
    if (Long.compareUnsigned(r, top) < 0) {
      r += EPSILON; // wrapped past 2^64 (the addend is below 2^41, so r is small here)
    }
    return Long.compareUnsigned(r, P) >= 0 ? r - P : r;
  }

  /** s := (diag(D) + J)·s, i.e. s_i := D_i·s_i + sum(s). Any 64-bit values in, [0, 2^64) out. */
  private static void internal(long[] s) {
    long sumLo = 0;
    long sumHi = 0;
    for (int i = 0; i < WIDTH; i++) {
      sumLo += s[i] & M32;
      sumHi += s[i] >>> 32;
    }
    long sum = reduceHalves(sumHi, sumLo);
    for (int i = 0; i < WIDTH; i++) {
      long x = s[i];
      long d = INTERNAL_DIAG_M_1[i];
      long lo = d * x;
      long hi = Math.unsignedMultiplyHigh(d, x);
      long lo2 = lo + sum;
      if (Long.compareUnsigned(lo2, sum) < 0) {
        hi++; // d·x < 2^128 - 2^96, so the carry cannot overflow hi
      }
      s[i] = Goldilocks.reduce128Lazy(hi, lo2);
    }
  }
}
