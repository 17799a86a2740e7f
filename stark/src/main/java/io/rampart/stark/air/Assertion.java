package io.rampart.stark.air;

import io.rampart.crypto.field.Goldilocks;

/**
 * A boundary constraint: the trace holds {@code value} in {@code column} at {@code row}.
 *
 * @param value canonical field element
 */
public record Assertion(int column, int row, long value) {
  public Assertion {
    if (column < 0 || row < 0 || !Goldilocks.isCanonical(value)) {
      throw new IllegalArgumentException("bad assertion " + column + "/" + row);
    }
  }
}
