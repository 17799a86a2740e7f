package io.rampart.l1.gas;

/**
 * Thrown inside contract execution when the gas limit is reached; the L1 catches it, undoes the
 * call and charges the whole gas limit. Never escapes the L1.
 */
public final class OutOfGas extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfGas(long needed, long left) {
    super("out of gas: needed " + needed + ", left " + left, null, false, false);
  }
}
