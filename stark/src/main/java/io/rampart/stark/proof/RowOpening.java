package io.rampart.stark.proof;

import java.util.List;

/**
 * Rows of a committed matrix at some leaf indices (sorted, distinct; the indices themselves are
 * recomputed by the verifier, not sent) and the batched Merkle nodes that prove them.
 */
public record RowOpening(long[][] rows, List<byte[]> nodes) {
  public RowOpening {
    nodes = List.copyOf(nodes);
  }
}
