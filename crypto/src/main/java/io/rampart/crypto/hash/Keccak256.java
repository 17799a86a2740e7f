package io.rampart.crypto.hash;

import io.rampart.crypto.Bytes32;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Keccak-256 as Ethereum uses it (original Keccak padding {@code 0x01 .. 0x80}, not FIPS-202
 * SHA3-256's {@code 0x06}). A self-contained Keccak-f[1600] sponge with rate 136 bytes. The 64-byte
 * {@link #combine(byte[], int, byte[], int)} takes a specialised path ({@link KeccakTwoToOne}), and
 * {@link #combineAll} hashes four pairs per step on 256-bit vectors where the JVM allows it ({@link
 * KeccakLanes}); every path gives the sponge's result.
 */
public final class Keccak256 implements Hasher {
  public static final Keccak256 INSTANCE = new Keccak256();

  /** Sponge rate in bytes: 1600 bits of state less a 512-bit capacity. */
  private static final int RATE = 136;

  private static final int RATE_LANES = RATE / 8;

  private static final VarHandle LE_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Iota round constants, Keccak reference (FIPS 202 section 3.2.5 lists the same values). */
  static final long[] RC = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
    0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
    0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  private Keccak256() {}

  /** Keccak-256 of {@code data}. */
  public static Bytes32 digest(byte[] data) {
    return INSTANCE.hash(data, 0, data.length);
  }

  @Override
  public String name() {
    return "keccak256";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    byte[] out = new byte[32];
    sponge(data, off, len, out, 0);
    return Bytes32.adopt(out);
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    Objects.checkFromIndexSize(inOff, 64, in.length);
    Objects.checkFromIndexSize(outOff, 32, out.length);
    KeccakTwoToOne.compress(in, inOff, out, outOff);
  }

  /**
   * Hashes four pairs at a time with 256-bit vectors when the JVM allows it ({@link KeccakLanes}),
   * the rest one by one; the results are those of {@link #combine(byte[], int, byte[], int)}.
   */
  @Override
  public void combineAll(byte[] in, int inOff, byte[] out, int outOff, int count) {
    checkPairs(in, inOff, out, outOff, count);
    int done = KeccakLanes.AVAILABLE ? combineFours(in, inOff, out, outOff, count) : 0;
    combineOneByOne(in, inOff + 64 * done, out, outOff + 32 * done, count - done);
  }

  /** Hashes the first {@code count / 4 * 4} pairs four at a time; returns how many it hashed. */
  static int combineFours(byte[] in, int inOff, byte[] out, int outOff, int count) {
    int fours = count & ~3;
    if (fours == 0) {
      return 0;
    }
    long[] lanes = new long[32];
    for (int i = 0; i < fours; i += 4) {
      KeccakTwoToOne4.compress(in, inOff + 64 * i, out, outOff + 32 * i, lanes);
    }
    return fours;
  }

  static void combineOneByOne(byte[] in, int inOff, byte[] out, int outOff, int count) {
    for (int i = 0; i < count; i++) {
      KeccakTwoToOne.compress(in, inOff + 64 * i, out, outOff + 32 * i);
    }
  }

  private static void checkPairs(byte[] in, int inOff, byte[] out, int outOff, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative pair count " + count);
    }
    Objects.checkFromIndexSize((long) inOff, 64L * count, in.length);
    Objects.checkFromIndexSize((long) outOff, 32L * count, out.length);
  }

  /**
   * Lane {@code i} (0..16) of the block at {@code pos}: eight message bytes little-endian, with the
   * padding {@code 0x01 .. 0x80} folded in when the block is the last one ({@code end - pos < 136};
   * a message filling whole blocks ends with a block of padding only).
   */
  private static long lane(byte[] data, int pos, int end, int i) {
    int at = pos + 8 * i;
    int rest = end - pos;
    if (rest >= RATE) {
      return (long) LE_LONG.get(data, at);
    }
    long v;
    int have = end - at;
    if (have >= 8) {
      v = (long) LE_LONG.get(data, at);
    } else {
      v = 0;
      for (int b = 0; b < have; b++) {
        v |= (data[at + b] & 0xFFL) << (8 * b);
      }
    }
    if (rest >= 8 * i && rest < 8 * i + 8) {
      v ^= 1L << (8 * (rest - 8 * i));
    }
    return i == RATE_LANES - 1 ? v ^ 0x8000000000000000L : v;
  }

  /**
   * Keccak-256 of {@code data[off..off+len)} into {@code out[outOff..outOff+32)}: absorb each
   * 136-byte block into the first 17 lanes, run Keccak-f[1600], squeeze four lanes. The 25 lanes
   * live in locals named {@code aXY} (column x, row y, lane x + 5y) for the whole call, so a
   * two-node combine touches no heap memory besides its input and output; each round computes the
   * next state row by row into {@code eXY}.
   */
  private static void sponge(byte[] data, int off, int len, byte[] out, int outOff) {
    long a00 = 0, a10 = 0, a20 = 0, a30 = 0, a40 = 0;
    long a01 = 0, a11 = 0, a21 = 0, a31 = 0, a41 = 0;
    long a02 = 0, a12 = 0, a22 = 0, a32 = 0, a42 = 0;
    long a03 = 0, a13 = 0, a23 = 0, a33 = 0, a43 = 0;
    long a04 = 0, a14 = 0, a24 = 0, a34 = 0, a44 = 0;
    int end = off + len;
    for (int pos = off; ; pos += RATE) {
      a00 ^= lane(data, pos, end, 0);
      a10 ^= lane(data, pos, end, 1);
      a20 ^= lane(data, pos, end, 2);
      a30 ^= lane(data, pos, end, 3);
      a40 ^= lane(data, pos, end, 4);
      a01 ^= lane(data, pos, end, 5);
      a11 ^= lane(data, pos, end, 6);
      a21 ^= lane(data, pos, end, 7);
      a31 ^= lane(data, pos, end, 8);
      a41 ^= lane(data, pos, end, 9);
      a02 ^= lane(data, pos, end, 10);
      a12 ^= lane(data, pos, end, 11);
      a22 ^= lane(data, pos, end, 12);
      a32 ^= lane(data, pos, end, 13);
      a42 ^= lane(data, pos, end, 14);
      a03 ^= lane(data, pos, end, 15);
      a13 ^= lane(data, pos, end, 16);
      for (int round = 0; round < 24; round++) {
        // theta: column parities c and the mix d added to every lane of a column
        long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
        long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
        long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        // rho, pi and chi one output row at a time: B[y][2x+3y] = rot(A[x][y] ^ D[x], r[x][y]),
        // E[x][y] = B[x][y] ^ (~B[x+1][y] & B[x+2][y]); iota on lane (0, 0)
        long b0_0 = a00 ^ d0;
        long b1_0 = Long.rotateLeft(a11 ^ d1, 44);
        long b2_0 = Long.rotateLeft(a22 ^ d2, 43);
        long b3_0 = Long.rotateLeft(a33 ^ d3, 21);
        long b4_0 = Long.rotateLeft(a44 ^ d4, 14);
        long e00 = b0_0 ^ (~b1_0 & b2_0) ^ RC[round];
        long e10 = b1_0 ^ (~b2_0 & b3_0);
        long e20 = b2_0 ^ (~b3_0 & b4_0);
        long e30 = b3_0 ^ (~b4_0 & b0_0);
        long e40 = b4_0 ^ (~b0_0 & b1_0);
        long b0_1 = Long.rotateLeft(a30 ^ d3, 28);
        long b1_1 = Long.rotateLeft(a41 ^ d4, 20);
        long b2_1 = Long.rotateLeft(a02 ^ d0, 3);
        long b3_1 = Long.rotateLeft(a13 ^ d1, 45);
        long b4_1 = Long.rotateLeft(a24 ^ d2, 61);
        long e01 = b0_1 ^ (~b1_1 & b2_1);
        long e11 = b1_1 ^ (~b2_1 & b3_1);
        long e21 = b2_1 ^ (~b3_1 & b4_1);
        long e31 = b3_1 ^ (~b4_1 & b0_1);
        long e41 = b4_1 ^ (~b0_1 & b1_1);
        long b0_2 = Long.rotateLeft(a10 ^ d1, 1);
        long b1_2 = Long.rotateLeft(a21 ^ d2, 6);
        long b2_2 = Long.rotateLeft(a32 ^ d3, 25);
        long b3_2 = Long.rotateLeft(a43 ^ d4, 8);
        long b4_2 = Long.rotateLeft(a04 ^ d0, 18);
        long e02 = b0_2 ^ (~b1_2 & b2_2);
        long e12 = b1_2 ^ (~b2_2 & b3_2);
        long e22 = b2_2 ^ (~b3_2 & b4_2);
        long e32 = b3_2 ^ (~b4_2 & b0_2);
        long e42 = b4_2 ^ (~b0_2 & b1_2);
        long b0_3 = Long.rotateLeft(a40 ^ d4, 27);
        long b1_3 = Long.rotateLeft(a01 ^ d0, 36);
        long b2_3 = Long.rotateLeft(a12 ^ d1, 10);
        long b3_3 = Long.rotateLeft(a23 ^ d2, 15);
        long b4_3 = Long.rotateLeft(a34 ^ d3, 56);
        long e03 = b0_3 ^ (~b1_3 & b2_3);
        long e13 = b1_3 ^ (~b2_3 & b3_3);
        long e23 = b2_3 ^ (~b3_3 & b4_3);
        long e33 = b3_3 ^ (~b4_3 & b0_3);
        long e43 = b4_3 ^ (~b0_3 & b1_3);
        long b0_4 = Long.rotateLeft(a20 ^ d2, 62);
        long b1_4 = Long.rotateLeft(a31 ^ d3, 55);
        long b2_4 = Long.rotateLeft(a42 ^ d4, 39);
        long b3_4 = Long.rotateLeft(a03 ^ d0, 41);
        long b4_4 = Long.rotateLeft(a14 ^ d1, 2);
        long e04 = b0_4 ^ (~b1_4 & b2_4);
        long e14 = b1_4 ^ (~b2_4 & b3_4);
        long e24 = b2_4 ^ (~b3_4 & b4_4);
        long e34 = b3_4 ^ (~b4_4 & b0_4);
        long e44 = b4_4 ^ (~b0_4 & b1_4);
        a00 = e00;
        a10 = e10;
        a20 = e20;
        a30 = e30;
        a40 = e40;
        a01 = e01;
        a11 = e11;
        a21 = e21;
        a31 = e31;
        a41 = e41;
        a02 = e02;
        a12 = e12;
        a22 = e22;
        a32 = e32;
        a42 = e42;
        a03 = e03;
        a13 = e13;
        a23 = e23;
        a33 = e33;
        a43 = e43;
        a04 = e04;
        a14 = e14;
        a24 = e24;
        a34 = e34;
        a44 = e44;
      }
      if (end - pos < RATE) {
        break;
      }
    }
    LE_LONG.set(out, outOff, a00);
    LE_LONG.set(out, outOff + 8, a10);
    LE_LONG.set(out, outOff + 16, a20);
    LE_LONG.set(out, outOff + 24, a30);
  }
}
