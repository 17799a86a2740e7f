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
    int chunk = 1024;
    IntStream.range(0, (size + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              long[] row = new long[w];
              byte[] scratch = new byte[8 * w];
              int end = Math.min(size, (c + 1) * chunk);
              for (int k = c * chunk; k < end; k++) {
                for (int i = 0; i < w; i++) {
                  row[i] = columns[i][k];
                }
                hash.hashRow(row, 0, w, scratch, digests, 32 * k);
              }
            });
    this.tree = MerkleTree.build(hash, digests);
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
