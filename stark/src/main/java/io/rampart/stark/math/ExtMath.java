package io.rampart.stark.math;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;

/**
 * Helpers for the quadratic extension F_p[u]/(u^2 - 7): polynomial evaluation at an extension
 * point, and primitive-pair arithmetic for hot loops that keep c0 and c1 in separate arrays.
 */
public final class ExtMath {
  private ExtMath() {}

  /** c0 of (a0 + a1·u)(b0 + b1·u). */
  public static long mul0(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b0), Goldilocks.mul(Ext2.W, Goldilocks.mul(a1, b1)));
  }

  /** c1 of (a0 + a1·u)(b0 + b1·u). */
  public static long mul1(long a0, long a1, long b0, long b1) {
    return Goldilocks.add(Goldilocks.mul(a0, b1), Goldilocks.mul(a1, b0));
  }

  /** Evaluates the base-field polynomial with coefficients {@code coeffs} at {@code x}. */
  public static Ext2 evalBase(long[] coeffs, Ext2 x) {
    Ext2 acc = Ext2.ZERO;
    for (int i = coeffs.length - 1; i >= 0; i--) {
      acc = acc.mul(x).add(Ext2.fromBase(coeffs[i]));
    }
    return acc;
  }

  /** Evaluates the extension polynomial with coefficients {@code coeffs} at {@code x}. */
  public static Ext2 eval(Ext2[] coeffs, Ext2 x) {
    Ext2 acc = Ext2.ZERO;
    for (int i = coeffs.length - 1; i >= 0; i--) {
      acc = acc.mul(x).add(coeffs[i]);
    }
    return acc;
  }

  /** Multiplication of an extension element by a base element. */
  public static Ext2 scale(Ext2 a, long s) {
    return new Ext2(Goldilocks.mul(a.c0(), s), Goldilocks.mul(a.c1(), s));
  }
}
