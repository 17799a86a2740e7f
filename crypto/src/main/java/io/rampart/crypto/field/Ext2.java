package io.rampart.crypto.field;

/**
 * An element c0 + c1·u of the quadratic extension F_p[u]/(u^2 - 7) of the Goldilocks field, with
 * p^2 elements: the field STARK challenges are drawn from.
 *
 * <p>W = 7 is a quadratic non-residue mod p (7^((p-1)/2) = -1, checked by a test), so u^2 - 7 is
 * irreducible. It is the same choice as Plonky2's {@code QuadraticExtension<GoldilocksField>}
 * ({@code W = 7} in 0xPolygonZero/plonky2 {@code field/src/goldilocks_extensions.rs}) and Plonky3's
 * {@code BinomialExtensionField<Goldilocks, 2>} ({@code W = 7} in Plonky3/Plonky3 {@code
 * goldilocks/src/extension.rs}), so the same challenges mean the same field elements there.
 *
 * @param c0 the constant coefficient, canonical
 * @param c1 the coefficient of u, canonical
 */
public record Ext2(long c0, long c1) {
  /** The non-residue W with u^2 = W. */
  public static final long W = 7;

  public static final Ext2 ZERO = new Ext2(0, 0);
  public static final Ext2 ONE = new Ext2(1, 0);

  /**
   * @throws IllegalArgumentException if a coefficient is not canonical
   */
  public Ext2 {
    if (!Goldilocks.isCanonical(c0) || !Goldilocks.isCanonical(c1)) {
      throw new IllegalArgumentException(
          "non-canonical coefficients ("
              + Long.toUnsignedString(c0)
              + ", "
              + Long.toUnsignedString(c1)
              + ")");
    }
  }

  public static Ext2 of(long c0, long c1) {
    return new Ext2(c0, c1);
  }

  /** The base field element {@code a} embedded as a + 0·u. */
  public static Ext2 fromBase(Felt a) {
    return new Ext2(a.value(), 0);
  }

  /** The canonical base element {@code a} embedded as a + 0·u. */
  public static Ext2 fromBase(long a) {
    return new Ext2(a, 0);
  }

  /** Whether this element lies in the base field (c1 = 0). */
  public boolean isBase() {
    return c1 == 0;
  }

  public boolean isZero() {
    return c0 == 0 && c1 == 0;
  }

  public Ext2 add(Ext2 o) {
    return new Ext2(Goldilocks.add(c0, o.c0), Goldilocks.add(c1, o.c1));
  }

  public Ext2 sub(Ext2 o) {
    return new Ext2(Goldilocks.sub(c0, o.c0), Goldilocks.sub(c1, o.c1));
  }

  public Ext2 neg() {
    return new Ext2(Goldilocks.neg(c0), Goldilocks.neg(c1));
  }

  /** (a0 + a1·u)(b0 + b1·u) = a0·b0 + 7·a1·b1 + (a0·b1 + a1·b0)·u, with Karatsuba for c1. */
  public Ext2 mul(Ext2 o) {
    long a0b0 = Goldilocks.mul(c0, o.c0);
    long a1b1 = Goldilocks.mul(c1, o.c1);
    long cross =
        Goldilocks.mul(Goldilocks.add(c0, c1), Goldilocks.add(o.c0, o.c1)); // a0b0+a0b1+a1b0+a1b1
    long r0 = Goldilocks.add(a0b0, Goldilocks.mul(W, a1b1));
    long r1 = Goldilocks.sub(Goldilocks.sub(cross, a0b0), a1b1);
    return new Ext2(r0, r1);
  }

  /** Multiplication by the base field element {@code s}. */
  public Ext2 scale(Felt s) {
    return new Ext2(Goldilocks.mul(c0, s.value()), Goldilocks.mul(c1, s.value()));
  }

  /** (a0 + a1·u)^2 = a0^2 + 7·a1^2 + 2·a0·a1·u. */
  public Ext2 square() {
    long r0 = Goldilocks.add(Goldilocks.square(c0), Goldilocks.mul(W, Goldilocks.square(c1)));
    long r1 = Goldilocks.twice(Goldilocks.mul(c0, c1));
    return new Ext2(r0, r1);
  }

  /** The Frobenius map x -&gt; x^p, which is conjugation c0 - c1·u because 7^((p-1)/2) = -1. */
  public Ext2 frobenius() {
    return new Ext2(c0, Goldilocks.neg(c1));
  }

  /** The norm x·x^p = c0^2 - 7·c1^2, an element of the base field. */
  public Felt norm() {
    return Felt.of(Goldilocks.sub(Goldilocks.square(c0), Goldilocks.mul(W, Goldilocks.square(c1))));
  }

  /**
   * The inverse (c0 - c1·u) / norm. The norm of a non-zero element is non-zero because 7 is a
   * non-residue.
   *
   * @throws ArithmeticException if {@code this} is zero
   */
  public Ext2 inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse in the quadratic extension");
    }
    long invNorm = Goldilocks.inverse(norm().value());
    return new Ext2(Goldilocks.mul(c0, invNorm), Goldilocks.neg(Goldilocks.mul(c1, invNorm)));
  }

  /** {@code this} to the power {@code exp}, with {@code exp} read as unsigned; x^0 = 1. */
  public Ext2 pow(long exp) {
    Ext2 result = ONE;
    Ext2 b = this;
    long e = exp;
    while (e != 0) {
      if ((e & 1) != 0) {
        result = result.mul(b);
      }
      b = b.square();
      e >>>= 1;
    }
    return result;
  }

  /** Canonical encoding: c0 then c1, 8 bytes little-endian each. */
  public byte[] toBytes() {
    byte[] out = new byte[2 * Goldilocks.BYTES];
    Goldilocks.toBytes(c0, out, 0);
    Goldilocks.toBytes(c1, out, Goldilocks.BYTES);
    return out;
  }

  /**
   * Decodes 16 bytes at {@code off} written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if either coefficient is not canonical
   */
  public static Ext2 fromBytes(byte[] src, int off) {
    return new Ext2(
        Goldilocks.fromBytes(src, off), Goldilocks.fromBytes(src, off + Goldilocks.BYTES));
  }

  @Override
  public String toString() {
    return Long.toUnsignedString(c0) + " + " + Long.toUnsignedString(c1) + "·u";
  }
}
