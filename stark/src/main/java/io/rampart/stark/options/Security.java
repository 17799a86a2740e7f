package io.rampart.stark.options;

/**
 * Conjectured security in bits, as Winterfell ({@code air/src/proof/security.rs}, after ethSTARK,
 * eprint 2021/582 §5.10.1) and Plonky2 compute it: the minimum of
 *
 * <ul>
 *   <li>query security: queries · log2(blowup) + grinding bits;
 *   <li>field security: 128 (the quadratic extension has ~2^128 elements) - log2(LDE domain size),
 *       which bounds the out-of-domain (DEEP) and random-combination errors;
 *   <li>the hash's collision resistance (128 bits for 256-bit digests).
 * </ul>
 */
public final class Security {
  public static final int EXTENSION_BITS = 128;

  private Security() {}

  public static int queryBits(ProofOptions o) {
    return o.queries() * Integer.numberOfTrailingZeros(o.blowup()) + o.grindingBits();
  }

  public static int fieldBits(ProofOptions o, int traceLength) {
    int ldeLog =
        Integer.numberOfTrailingZeros(traceLength) + Integer.numberOfTrailingZeros(o.blowup());
    return EXTENSION_BITS - ldeLog;
  }

  public static int conjecturedBits(ProofOptions o, int traceLength) {
    return Math.min(Math.min(queryBits(o), fieldBits(o, traceLength)), o.hash().collisionBits());
  }

  /** One line for logs: the three terms and the result. */
  public static String describe(ProofOptions o, int traceLength) {
    return String.format(
        "conjectured %d bits (queries %d x log2 blowup %d + grinding %d = %d; field 128 - log2 LDE"
            + " = %d; hash %d)",
        conjecturedBits(o, traceLength),
        o.queries(),
        Integer.numberOfTrailingZeros(o.blowup()),
        o.grindingBits(),
        queryBits(o),
        fieldBits(o, traceLength),
        o.hash().collisionBits());
  }
}
