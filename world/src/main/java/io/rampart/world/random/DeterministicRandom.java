package io.rampart.world.random;

import java.nio.charset.StandardCharsets;

/**
 * A seeded, splittable pseudo-random stream (SplitMix64, Steele, Lea and Flood, OOPSLA 2014). The
 * same seed gives the same sequence on every JVM. Not thread-safe: each actor owns its stream.
 *
 * <p>{@link #stream(long, String)} derives an independent stream from a root seed and a label, so
 * adding a new stream (a new actor) never shifts the numbers another stream draws.
 */
public final class DeterministicRandom {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  public DeterministicRandom(long seed) {
    this.state = seed;
  }

  /** The stream for {@code label} under {@code rootSeed}; independent of every other label. */
  public static DeterministicRandom stream(long rootSeed, String label) {
    return new DeterministicRandom(mix64(rootSeed ^ mix64(fnv1a64(label))));
  }

  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix64(state);
  }

  /** Uniform in {@code [0, bound)}; {@code bound} must be positive. Unbiased (rejection). */
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long mask = bound - 1;
    if ((bound & mask) == 0) {
      return nextLong() & mask;
    }
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    long r;
    do {
      r = nextLong() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  /** Uniform in {@code [0, bound)}. */
  public int nextInt(int bound) {
    return (int) nextLong(bound);
  }

  /** Uniform in {@code [0, 1)} with 53 bits of precision. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return p > 0 && (p >= 1 || nextDouble() < p);
  }

  public void nextBytes(byte[] out) {
    for (int i = 0; i < out.length; i += 8) {
      long r = nextLong();
      for (int j = 0; j < 8 && i + j < out.length; j++) {
        out[i + j] = (byte) (r >>> (8 * j));
      }
    }
  }

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long fnv1a64(String label) {
    long h = 0xCBF29CE484222325L;
    for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }
}
