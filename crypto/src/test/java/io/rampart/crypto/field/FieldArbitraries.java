package io.rampart.crypto.field;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of Goldilocks values that favour the places where reductions go wrong (0, 1, p - 1, p
 * - 2, around 2^32, just below p, and for raw 64-bit values the range [p, 2^64)), and the
 * BigInteger oracle the properties compare against.
 */
public final class FieldArbitraries {
  public static final long P = Goldilocks.P;
  public static final BigInteger BIG_P =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE.shiftLeft(32)).add(BigInteger.ONE);

  private static final long TWO_32 = 1L << 32;

  private static final Long[] CANONICAL_EDGES = {
    0L,
    1L,
    2L,
    3L,
    7L,
    P - 1,
    P - 2,
    P - 3,
    TWO_32 - 1,
    TWO_32,
    TWO_32 + 1,
    1L << 31,
    1L << 63,
    (1L << 63) - 1,
    P >>> 1,
    (P >>> 1) + 1,
    0xFFFF_FFFF_0000_0000L, // p - 1 as well: 2^64 - 2^32
    0xFFFF_FFFE_FFFF_FFFFL,
    0x0000_0001_FFFF_FFFFL,
  };

  private static final Long[] RAW_EDGES = {
    P, P + 1, P + 2, -1L /* 2^64 - 1 */, -2L, P + (TWO_32 - 2), 0L, 1L, P - 1,
  };

  private FieldArbitraries() {}

  /** Canonical elements, edge-heavy. */
  public static Arbitrary<Long> canonical() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(CANONICAL_EDGES)),
        Tuple.of(1, Arbitraries.longs().between(0, 1 << 20).map(d -> P - 1 - d)),
        Tuple.of(1, Arbitraries.longs().between(-(1 << 12), 1 << 12).map(d -> TWO_32 + d)),
        Tuple.of(1, Arbitraries.longs().between(0, 1 << 16)),
        Tuple.of(5, Arbitraries.longs().filter(Goldilocks::isCanonical)));
  }

  /** Non-zero canonical elements. */
  public static Arbitrary<Long> nonZero() {
    return canonical().filter(x -> x != 0);
  }

  /** Any 64-bit pattern, read as unsigned, with [p, 2^64) well represented. */
  public static Arbitrary<Long> anyU64() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(RAW_EDGES)),
        Tuple.of(2, Arbitraries.longs().between(0, TWO_32 - 2).map(d -> P + d)),
        Tuple.of(2, canonical()),
        Tuple.of(4, Arbitraries.longs()));
  }

  public static BigInteger big(long x) {
    return new BigInteger(Long.toUnsignedString(x));
  }

  /** {@code x} mod p as a canonical long. */
  public static long fromBig(BigInteger x) {
    return x.mod(BIG_P).longValue();
  }
}
