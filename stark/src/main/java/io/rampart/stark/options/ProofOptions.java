package io.rampart.stark.options;

import io.rampart.stark.commit.VectorHash;

/**
 * Parameters of a proof. Encoded in 6 bytes ({@link #encode}) that are part of every proof and of
 * the transcript.
 *
 * @param queries FRI query count, 1..255
 * @param blowup low-degree-extension blowup factor, a power of two in 2..128
 * @param grindingBits proof-of-work bits before the queries are drawn, 0..32
 * @param foldingFactor FRI folding factor: 2, 4 or 8
 * @param remainderCoefficients most coefficients of the FRI remainder polynomial: a power of two in
 *     [foldingFactor, 256]
 * @param hash commitment and transcript hash
 */
public record ProofOptions(
    int queries,
    int blowup,
    int grindingBits,
    int foldingFactor,
    int remainderCoefficients,
    VectorHash hash) {

  public static final int ENCODED_BYTES = 6;

  public ProofOptions {
    String why = problem(queries, blowup, grindingBits, foldingFactor, remainderCoefficients);
    if (why != null || hash == null) {
      throw new IllegalArgumentException(why == null ? "hash missing" : why);
    }
  }

  /** Why these numbers are not valid options, or null. */
  public static String problem(int queries, int blowup, int grinding, int fold, int remainder) {
    if (queries < 1 || queries > 255) {
      return "queries must be in 1..255";
    }
    if (blowup < 2 || blowup > 128 || Integer.bitCount(blowup) != 1) {
      return "blowup must be a power of two in 2..128";
    }
    if (grinding < 0 || grinding > 32) {
      return "grinding bits must be in 0..32";
    }
    if (fold != 2 && fold != 4 && fold != 8) {
      return "folding factor must be 2, 4 or 8";
    }
    if (remainder < fold || remainder > 256 || Integer.bitCount(remainder) != 1) {
      return "remainder size must be a power of two in [folding factor, 256]";
    }
    return null;
  }

  public ProofOptions withQueries(int q) {
    return new ProofOptions(q, blowup, grindingBits, foldingFactor, remainderCoefficients, hash);
  }

  public ProofOptions withHash(VectorHash h) {
    return new ProofOptions(queries, blowup, grindingBits, foldingFactor, remainderCoefficients, h);
  }

  public ProofOptions withGrinding(int g) {
    return new ProofOptions(queries, blowup, g, foldingFactor, remainderCoefficients, hash);
  }

  public ProofOptions withFolding(int f) {
    return new ProofOptions(
        queries, blowup, grindingBits, f, Math.max(f, remainderCoefficients), hash);
  }

  public byte[] encode() {
    return new byte[] {
      (byte) queries,
      (byte) Integer.numberOfTrailingZeros(blowup),
      (byte) grindingBits,
      (byte) foldingFactor,
      (byte) Integer.numberOfTrailingZeros(remainderCoefficients),
      (byte) hash.id()
    };
  }

  /** Decodes {@link #encode}'s bytes at {@code off}, or returns null if they are not valid. */
  public static ProofOptions decode(byte[] b, int off) {
    int q = b[off] & 0xFF;
    int blowLog = b[off + 1] & 0xFF;
    int g = b[off + 2] & 0xFF;
    int f = b[off + 3] & 0xFF;
    int remLog = b[off + 4] & 0xFF;
    VectorHash h = VectorHash.byId(b[off + 5] & 0xFF);
    if (blowLog > 7 || remLog > 8 || h == null) {
      return null;
    }
    if (problem(q, 1 << blowLog, g, f, 1 << remLog) != null) {
      return null;
    }
    return new ProofOptions(q, 1 << blowLog, g, f, 1 << remLog, h);
  }
}
