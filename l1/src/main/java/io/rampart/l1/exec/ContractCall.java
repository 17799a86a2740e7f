package io.rampart.l1.exec;

import java.util.HexFormat;

/**
 * A typed call to a contract. {@link #calldata()} is its ABI encoding: what a real transaction
 * would carry, and what intrinsic gas is charged on.
 */
public interface ContractCall {

  byte[] calldata();

  /** A deterministic one-line description for logs. */
  default String describe() {
    byte[] data = calldata();
    String sel = data.length >= 4 ? HexFormat.of().formatHex(data, 0, 4) : "";
    return getClass().getSimpleName() + "(0x" + sel + ", " + data.length + " bytes)";
  }
}
