package io.rampart.stark.air;

/**
 * An execution trace: {@code width} columns of {@code length} canonical field elements (a power of
 * two). Column-major; the arrays are owned by the table and are not copied on access (callers must
 * not modify what {@link #column} returns).
 */
public final class TraceTable {
  private final long[][] columns;

  public TraceTable(long[][] columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("a trace has at least one column");
    }
    int n = columns[0].length;
    if (n < 8 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("trace length must be a power of two >= 8, got " + n);
    }
    for (long[] c : columns) {
      if (c.length != n) {
        throw new IllegalArgumentException("columns differ in length");
      }
    }
    this.columns = columns;
  }

  public int width() {
    return columns.length;
  }

  public int length() {
    return columns[0].length;
  }

  public long get(int column, int row) {
    return columns[column][row];
  }

  public long[] column(int c) {
    return columns[c];
  }

  /** A copy with one cell changed (for tests of rejected traces). */
  public TraceTable withCell(int column, int row, long value) {
    long[][] copy = new long[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      copy[i] = columns[i].clone();
    }
    copy[column][row] = value;
    return new TraceTable(copy);
  }

  /** Row {@code r} into {@code out}. */
  public void readRow(int r, long[] out) {
    for (int c = 0; c < columns.length; c++) {
      out[c] = columns[c][r];
    }
  }
}
