package io.rampart.crypto.poseidon2;

import java.math.BigInteger;

/**
 * A slow, literal Poseidon2 (width 12) over BigInteger for differential tests: dense matrices, one
 * reduction per operation, no shared code with {@link Poseidon2} beyond the constant tables. It
 * follows the round structure of the reference implementation (matmul_external before the first
 * round; add constants, S-box, linear layer in each round).
 */
final class Poseidon2Reference {
  static final BigInteger P = new BigInteger("18446744069414584321");
  private static final int T = 12;
  private static final long[][] M4 = {{5, 7, 1, 3}, {4, 6, 1, 1}, {1, 3, 5, 7}, {1, 1, 4, 6}};

  private Poseidon2Reference() {}

  static BigInteger big(long x) {
    return new BigInteger(Long.toUnsignedString(x));
  }

  /** External matrix: block (i, j) of 4x4 is 2·M4 on the diagonal and M4 elsewhere. */
  static BigInteger[][] externalMatrix() {
    BigInteger[][] m = new BigInteger[T][T];
    for (int i = 0; i < T; i++) {
      for (int j = 0; j < T; j++) {
        long factor = (i / 4 == j / 4) ? 2 : 1;
        m[i][j] = BigInteger.valueOf(factor * M4[i % 4][j % 4]);
      }
    }
    return m;
  }

  /** Internal matrix: all ones plus MAT_DIAG12_M_1 on the diagonal. */
  static BigInteger[][] internalMatrix() {
    BigInteger[][] m = new BigInteger[T][T];
    for (int i = 0; i < T; i++) {
      for (int j = 0; j < T; j++) {
        m[i][j] =
            i == j
                ? big(Poseidon2Constants.INTERNAL_DIAG_M_1[i]).add(BigInteger.ONE).mod(P)
                : BigInteger.ONE;
      }
    }
    return m;
  }

  static BigInteger[] mulMatrix(BigInteger[][] m, BigInteger[] x) {
    BigInteger[] y = new BigInteger[T];
    for (int i = 0; i < T; i++) {
      BigInteger acc = BigInteger.ZERO;
      for (int j = 0; j < T; j++) {
        acc = acc.add(m[i][j].multiply(x[j]));
      }
      y[i] = acc.mod(P);
    }
    return y;
  }

  static long[] permute(long[] input) {
    BigInteger[][] me = externalMatrix();
    BigInteger[][] mi = internalMatrix();
    BigInteger seven = BigInteger.valueOf(7);
    BigInteger[] x = new BigInteger[T];
    for (int i = 0; i < T; i++) {
      x[i] = big(input[i]).mod(P);
    }
    x = mulMatrix(me, x);
    for (int r = 0; r < 8; r++) {
      if (r == 4) {
        for (int pr = 0; pr < 22; pr++) {
          x[0] = x[0].add(big(Poseidon2Constants.INTERNAL_RC[pr])).modPow(seven, P);
          x = mulMatrix(mi, x);
        }
      }
      for (int i = 0; i < T; i++) {
        x[i] = x[i].add(big(Poseidon2Constants.EXTERNAL_RC[r][i])).modPow(seven, P);
      }
      x = mulMatrix(me, x);
    }
    long[] out = new long[T];
    for (int i = 0; i < T; i++) {
      out[i] = x[i].longValue();
    }
    return out;
  }
}
