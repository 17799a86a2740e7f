package io.rampart.crypto.hash;

import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Four independent Keccak-256 two-to-one compressions at once, one per 64-bit lane of 256-bit
 * vectors (AVX2): the same rounds as {@link KeccakTwoToOne}, with each of the 25 state lanes a
 * vector holding that lane of four states. Uses the incubating Vector API, so this class is loaded
 * only when the JVM was started with {@code --add-modules jdk.incubator.vector} (see {@link
 * KeccakLanes}); otherwise the scalar path runs.
 */
final class KeccakTwoToOne4 {
  static final VectorSpecies<Long> S = LongVector.SPECIES_256;

  private static final VarHandle LE_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private KeccakTwoToOne4() {}

  /** Whether the hardware runs 256-bit long vectors natively (not in a slow Java fallback). */
  static boolean native256() {
    return LongVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
  }

  /**
   * Compresses the four 64-byte pairs at {@code in[inOff + 64k ..)} into {@code out[outOff + 32k
   * ..)} for k = 0..3. {@code lanes} is scratch of 32 longs. Inputs are read before any output is
   * written, so {@code out} may overlap {@code in}.
   */
  static void compress(byte[] in, int inOff, byte[] out, int outOff, long[] lanes) {
    // Transpose: lanes[4j + k] is message lane j of pair k.
    for (int j = 0; j < 8; j++) {
      for (int k = 0; k < 4; k++) {
        lanes[4 * j + k] = (long) LE_LONG.get(in, inOff + 64 * k + 8 * j);
      }
    }
    LongVector a00 = LongVector.fromArray(S, lanes, 0);
    LongVector a10 = LongVector.fromArray(S, lanes, 4);
    LongVector a20 = LongVector.fromArray(S, lanes, 8);
    LongVector a30 = LongVector.fromArray(S, lanes, 12);
    LongVector a40 = LongVector.fromArray(S, lanes, 16);
    LongVector a01 = LongVector.fromArray(S, lanes, 20);
    LongVector a11 = LongVector.fromArray(S, lanes, 24);
    LongVector a21 = LongVector.fromArray(S, lanes, 28);
    LongVector zero = LongVector.zero(S);
    LongVector a31 = LongVector.broadcast(S, 1L);
    LongVector a13 = LongVector.broadcast(S, 0x8000000000000000L);
    LongVector a41 = zero;
    LongVector a02 = zero;
    LongVector a12 = zero;
    LongVector a22 = zero;
    LongVector a32 = zero;
    LongVector a42 = zero;
    LongVector a03 = zero;
    LongVector a23 = zero;
    LongVector a33 = zero;
    LongVector a43 = zero;
    LongVector a04 = zero;
    LongVector a14 = zero;
    LongVector a24 = zero;
    LongVector a34 = zero;
    LongVector a44 = zero;
    LongVector c0, c1, c2, c3, c4, d0, d1, d2, d3, d4, b0, b1, b2, b3, b4;
    for (int round = 0; round < 22; round += 2) {
      c0 = a00.lanewise(XOR, a01).lanewise(XOR, a02).lanewise(XOR, a03).lanewise(XOR, a04);
      c1 = a10.lanewise(XOR, a11).lanewise(XOR, a12).lanewise(XOR, a13).lanewise(XOR, a14);
      c2 = a20.lanewise(XOR, a21).lanewise(XOR, a22).lanewise(XOR, a23).lanewise(XOR, a24);
      c3 = a30.lanewise(XOR, a31).lanewise(XOR, a32).lanewise(XOR, a33).lanewise(XOR, a34);
      c4 = a40.lanewise(XOR, a41).lanewise(XOR, a42).lanewise(XOR, a43).lanewise(XOR, a44);
      d0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
      d1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
      d2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
      d3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
      d4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
      b0 = a00.lanewise(XOR, d0);
      b1 = a11.lanewise(XOR, d1).lanewise(ROL, 44);
      b2 = a22.lanewise(XOR, d2).lanewise(ROL, 43);
      b3 = a33.lanewise(XOR, d3).lanewise(ROL, 21);
      b4 = a44.lanewise(XOR, d4).lanewise(ROL, 14);
      LongVector e00 =
          b0.lanewise(XOR, b2.lanewise(AND_NOT, b1))
              .lanewise(XOR, LongVector.broadcast(S, Keccak256.RC[round]));
      LongVector e10 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      LongVector e20 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      LongVector e30 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      LongVector e40 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = a30.lanewise(XOR, d3).lanewise(ROL, 28);
      b1 = a41.lanewise(XOR, d4).lanewise(ROL, 20);
      b2 = a02.lanewise(XOR, d0).lanewise(ROL, 3);
      b3 = a13.lanewise(XOR, d1).lanewise(ROL, 45);
      b4 = a24.lanewise(XOR, d2).lanewise(ROL, 61);
      LongVector e01 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      LongVector e11 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      LongVector e21 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      LongVector e31 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      LongVector e41 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = a10.lanewise(XOR, d1).lanewise(ROL, 1);
      b1 = a21.lanewise(XOR, d2).lanewise(ROL, 6);
      b2 = a32.lanewise(XOR, d3).lanewise(ROL, 25);
      b3 = a43.lanewise(XOR, d4).lanewise(ROL, 8);
      b4 = a04.lanewise(XOR, d0).lanewise(ROL, 18);
      LongVector e02 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      LongVector e12 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      LongVector e22 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      LongVector e32 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      LongVector e42 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = a40.lanewise(XOR, d4).lanewise(ROL, 27);
      b1 = a01.lanewise(XOR, d0).lanewise(ROL, 36);
      b2 = a12.lanewise(XOR, d1).lanewise(ROL, 10);
      b3 = a23.lanewise(XOR, d2).lanewise(ROL, 15);
      b4 = a34.lanewise(XOR, d3).lanewise(ROL, 56);
      LongVector e03 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      LongVector e13 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      LongVector e23 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      LongVector e33 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      LongVector e43 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = a20.lanewise(XOR, d2).lanewise(ROL, 62);
      b1 = a31.lanewise(XOR, d3).lanewise(ROL, 55);
      b2 = a42.lanewise(XOR, d4).lanewise(ROL, 39);
      b3 = a03.lanewise(XOR, d0).lanewise(ROL, 41);
      b4 = a14.lanewise(XOR, d1).lanewise(ROL, 2);
      LongVector e04 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      LongVector e14 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      LongVector e24 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      LongVector e34 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      LongVector e44 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      c0 = e00.lanewise(XOR, e01).lanewise(XOR, e02).lanewise(XOR, e03).lanewise(XOR, e04);
      c1 = e10.lanewise(XOR, e11).lanewise(XOR, e12).lanewise(XOR, e13).lanewise(XOR, e14);
      c2 = e20.lanewise(XOR, e21).lanewise(XOR, e22).lanewise(XOR, e23).lanewise(XOR, e24);
      c3 = e30.lanewise(XOR, e31).lanewise(XOR, e32).lanewise(XOR, e33).lanewise(XOR, e34);
      c4 = e40.lanewise(XOR, e41).lanewise(XOR, e42).lanewise(XOR, e43).lanewise(XOR, e44);
      d0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
      d1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
      d2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
      d3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
      d4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
      b0 = e00.lanewise(XOR, d0);
      b1 = e11.lanewise(XOR, d1).lanewise(ROL, 44);
      b2 = e22.lanewise(XOR, d2).lanewise(ROL, 43);
      b3 = e33.lanewise(XOR, d3).lanewise(ROL, 21);
      b4 = e44.lanewise(XOR, d4).lanewise(ROL, 14);
      a00 =
          b0.lanewise(XOR, b2.lanewise(AND_NOT, b1))
              .lanewise(XOR, LongVector.broadcast(S, Keccak256.RC[round + 1]));
      a10 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      a20 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      a30 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      a40 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = e30.lanewise(XOR, d3).lanewise(ROL, 28);
      b1 = e41.lanewise(XOR, d4).lanewise(ROL, 20);
      b2 = e02.lanewise(XOR, d0).lanewise(ROL, 3);
      b3 = e13.lanewise(XOR, d1).lanewise(ROL, 45);
      b4 = e24.lanewise(XOR, d2).lanewise(ROL, 61);
      a01 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      a11 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      a21 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      a31 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      a41 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = e10.lanewise(XOR, d1).lanewise(ROL, 1);
      b1 = e21.lanewise(XOR, d2).lanewise(ROL, 6);
      b2 = e32.lanewise(XOR, d3).lanewise(ROL, 25);
      b3 = e43.lanewise(XOR, d4).lanewise(ROL, 8);
      b4 = e04.lanewise(XOR, d0).lanewise(ROL, 18);
      a02 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      a12 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      a22 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      a32 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      a42 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = e40.lanewise(XOR, d4).lanewise(ROL, 27);
      b1 = e01.lanewise(XOR, d0).lanewise(ROL, 36);
      b2 = e12.lanewise(XOR, d1).lanewise(ROL, 10);
      b3 = e23.lanewise(XOR, d2).lanewise(ROL, 15);
      b4 = e34.lanewise(XOR, d3).lanewise(ROL, 56);
      a03 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      a13 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      a23 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      a33 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      a43 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
      b0 = e20.lanewise(XOR, d2).lanewise(ROL, 62);
      b1 = e31.lanewise(XOR, d3).lanewise(ROL, 55);
      b2 = e42.lanewise(XOR, d4).lanewise(ROL, 39);
      b3 = e03.lanewise(XOR, d0).lanewise(ROL, 41);
      b4 = e14.lanewise(XOR, d1).lanewise(ROL, 2);
      a04 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
      a14 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
      a24 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
      a34 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
      a44 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    }
    c0 = a00.lanewise(XOR, a01).lanewise(XOR, a02).lanewise(XOR, a03).lanewise(XOR, a04);
    c1 = a10.lanewise(XOR, a11).lanewise(XOR, a12).lanewise(XOR, a13).lanewise(XOR, a14);
    c2 = a20.lanewise(XOR, a21).lanewise(XOR, a22).lanewise(XOR, a23).lanewise(XOR, a24);
    c3 = a30.lanewise(XOR, a31).lanewise(XOR, a32).lanewise(XOR, a33).lanewise(XOR, a34);
    c4 = a40.lanewise(XOR, a41).lanewise(XOR, a42).lanewise(XOR, a43).lanewise(XOR, a44);
    d0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
    d1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
    d2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
    d3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
    d4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
    b0 = a00.lanewise(XOR, d0);
    b1 = a11.lanewise(XOR, d1).lanewise(ROL, 44);
    b2 = a22.lanewise(XOR, d2).lanewise(ROL, 43);
    b3 = a33.lanewise(XOR, d3).lanewise(ROL, 21);
    b4 = a44.lanewise(XOR, d4).lanewise(ROL, 14);
    LongVector e00 =
        b0.lanewise(XOR, b2.lanewise(AND_NOT, b1))
            .lanewise(XOR, LongVector.broadcast(S, Keccak256.RC[22]));
    LongVector e10 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
    LongVector e20 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
    LongVector e30 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
    LongVector e40 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    b0 = a30.lanewise(XOR, d3).lanewise(ROL, 28);
    b1 = a41.lanewise(XOR, d4).lanewise(ROL, 20);
    b2 = a02.lanewise(XOR, d0).lanewise(ROL, 3);
    b3 = a13.lanewise(XOR, d1).lanewise(ROL, 45);
    b4 = a24.lanewise(XOR, d2).lanewise(ROL, 61);
    LongVector e01 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
    LongVector e11 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
    LongVector e21 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
    LongVector e31 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
    LongVector e41 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    b0 = a10.lanewise(XOR, d1).lanewise(ROL, 1);
    b1 = a21.lanewise(XOR, d2).lanewise(ROL, 6);
    b2 = a32.lanewise(XOR, d3).lanewise(ROL, 25);
    b3 = a43.lanewise(XOR, d4).lanewise(ROL, 8);
    b4 = a04.lanewise(XOR, d0).lanewise(ROL, 18);
    LongVector e02 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
    LongVector e12 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
    LongVector e22 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
    LongVector e32 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
    LongVector e42 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    b0 = a40.lanewise(XOR, d4).lanewise(ROL, 27);
    b1 = a01.lanewise(XOR, d0).lanewise(ROL, 36);
    b2 = a12.lanewise(XOR, d1).lanewise(ROL, 10);
    b3 = a23.lanewise(XOR, d2).lanewise(ROL, 15);
    b4 = a34.lanewise(XOR, d3).lanewise(ROL, 56);
    LongVector e03 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
    LongVector e13 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
    LongVector e23 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
    LongVector e33 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
    LongVector e43 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    b0 = a20.lanewise(XOR, d2).lanewise(ROL, 62);
    b1 = a31.lanewise(XOR, d3).lanewise(ROL, 55);
    b2 = a42.lanewise(XOR, d4).lanewise(ROL, 39);
    b3 = a03.lanewise(XOR, d0).lanewise(ROL, 41);
    b4 = a14.lanewise(XOR, d1).lanewise(ROL, 2);
    LongVector e04 = b0.lanewise(XOR, b2.lanewise(AND_NOT, b1));
    LongVector e14 = b1.lanewise(XOR, b3.lanewise(AND_NOT, b2));
    LongVector e24 = b2.lanewise(XOR, b4.lanewise(AND_NOT, b3));
    LongVector e34 = b3.lanewise(XOR, b0.lanewise(AND_NOT, b4));
    LongVector e44 = b4.lanewise(XOR, b1.lanewise(AND_NOT, b0));
    // Round 23: only the four lanes that are squeezed.
    c0 = e00.lanewise(XOR, e01).lanewise(XOR, e02).lanewise(XOR, e03).lanewise(XOR, e04);
    c1 = e10.lanewise(XOR, e11).lanewise(XOR, e12).lanewise(XOR, e13).lanewise(XOR, e14);
    c2 = e20.lanewise(XOR, e21).lanewise(XOR, e22).lanewise(XOR, e23).lanewise(XOR, e24);
    c3 = e30.lanewise(XOR, e31).lanewise(XOR, e32).lanewise(XOR, e33).lanewise(XOR, e34);
    c4 = e40.lanewise(XOR, e41).lanewise(XOR, e42).lanewise(XOR, e43).lanewise(XOR, e44);
    d0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
    d1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
    d2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
    d3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
    d4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
    b0 = e00.lanewise(XOR, d0);
    b1 = e11.lanewise(XOR, d1).lanewise(ROL, 44);
    b2 = e22.lanewise(XOR, d2).lanewise(ROL, 43);
    b3 = e33.lanewise(XOR, d3).lanewise(ROL, 21);
    b4 = e44.lanewise(XOR, d4).lanewise(ROL, 14);
    b0.lanewise(XOR, b2.lanewise(AND_NOT, b1))
        .lanewise(XOR, LongVector.broadcast(S, Keccak256.RC[23]))
        .intoArray(lanes, 0);
    b1.lanewise(XOR, b3.lanewise(AND_NOT, b2)).intoArray(lanes, 4);
    b2.lanewise(XOR, b4.lanewise(AND_NOT, b3)).intoArray(lanes, 8);
    b3.lanewise(XOR, b0.lanewise(AND_NOT, b4)).intoArray(lanes, 12);

    for (int j = 0; j < 4; j++) {
      for (int k = 0; k < 4; k++) {
        LE_LONG.set(out, outOff + 32 * k + 8 * j, lanes[4 * j + k]);
      }
    }
  }
}
