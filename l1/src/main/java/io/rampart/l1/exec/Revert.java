package io.rampart.l1.exec;

/**
 * A contract aborted its call with a reason, as Solidity's {@code revert}. The L1 catches it,
 * undoes the call's effects, and records the reason in the receipt. Never escapes the L1.
 */
public final class Revert extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Revert(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
