package io.rampart.l1.exec;

import io.rampart.l1.core.Address;

/**
 * A contract: a plain Java class whose persistent state lives only in its storage slots, read and
 * written through the {@link CallContext} (so every access is gas-metered and journaled). Fields of
 * the Java object must be immutable configuration; anything that changes belongs in storage.
 */
public interface Contract {

  Address address();

  /**
   * Runs one call. Throws {@link Revert} to abort (all effects undone, gas used so far charged);
   * {@link io.rampart.l1.gas.OutOfGas} escapes the same way and costs the whole gas limit.
   */
  void execute(CallContext ctx, ContractCall call);
}
