package io.rampart.stark.prover;

import io.rampart.stark.commit.MerkleTree;
import io.rampart.stark.commit.VectorHash;
import java.util.stream.IntStream;

/** Columns evaluated on the LDE domain, with the Merkle tree over their rows. */
final class LdeMatrix {
  final long[][] columns;
  final MerkleTree tree;

  LdeMatrix(long[][] columns, VectorHash hash) {
    this.columns = columns;
    int size = columns[0].length;
    int w = columns.length;
    byte[] digests = new byte[32 * size];
    int chunk = Math.min(size, 1024);
    IntStream.range(0, size / chunk)
        .parallel()
        .forEach(
            c -> {
              long[][] rows = new long[BLOCK][w];
              byte[] scratch = new byte[8 * w];
              for (int b = c * chunk; b < (c + 1) * chunk; b += BLOCK) {
                int len = Math.min(BLOCK, size - b);
                gather(columns, b, len, rows);
                for (int r = 0; r < len; r++) {
                  hash.hashRow(rows[r], 0, w, scratch, digests, 32 * (b + r));
                }
              }
            });
    this.tree = MerkleTree.build(hash, digests);
  }

  /** Rows gathered per block: each column's run is read whole, one cache line after another. */
  static final int BLOCK = 32;

  /**
   * Rows {@code from .. from+len} of column-major {@code columns} into {@code rows[0..len)}. Column
   * arrays of equal power-of-two size alias in the caches, so reading one element of each per row
   * misses; reading a run of each column does not.
   */
  static void gather(long[][] columns, int from, int len, long[][] rows) {
    for (int i = 0; i < columns.length; i++) {
      long[] col = columns[i];
      for (int r = 0; r < len; r++) {
        rows[r][i] = col[from + r];
      }
    }
  }

  long[] row(int k) {
    long[] r = new long[columns.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = columns[i][k];
    }
    return r;
  }

  long[][] rows(int[] indices) {
    long[][] out = new long[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      out[i] = row(indices[i]);
    }
    return out;
  }
}
