package io.rampart.l1.exec;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.gas.GasSchedule;
import io.rampart.l1.gas.OutOfGas;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Execution gas of one transaction: the limit left after intrinsic gas, gas used, the refund
 * counter, and the EIP-2929 warm sets (the sender, the recipient and the precompiles start warm).
 * Also remembers each slot's value at the start of the transaction (EIP-2200's "original value").
 */
public final class GasMeter {
  private final long limit;
  private long used;
  private long refund;
  private final Set<Address> warmAccounts = new HashSet<>();
  private final Set<SlotKey> warmSlots = new HashSet<>();
  private final Map<SlotKey, Bytes32> original = new HashMap<>();

  record SlotKey(Address contract, Bytes32 slot) {}

  public GasMeter(long limit, Address sender, Address recipient) {
    this.limit = limit;
    warmAccounts.add(sender);
    if (recipient != null) {
      warmAccounts.add(recipient);
    }
  }

  public void charge(long gas) {
    if (gas > limit - used) {
      long left = limit - used;
      used = limit;
      throw new OutOfGas(gas, left);
    }
    used += gas;
  }

  /** Returns gas (a CALL's unused stipend). */
  public void giveBack(long gas) {
    used -= gas;
  }

  public long used() {
    return used;
  }

  public long limit() {
    return limit;
  }

  public long refund() {
    return refund;
  }

  void addRefund(long delta) {
    refund += delta;
  }

  /** Marks the account warm; returns whether it was cold. */
  boolean touchAccount(Address a) {
    return warmAccounts.add(a);
  }

  /** Marks the slot warm; returns whether it was cold. */
  boolean touchSlot(Address contract, Bytes32 slot) {
    return warmSlots.add(new SlotKey(contract, slot));
  }

  Bytes32 originalValue(Address contract, Bytes32 slot, Bytes32 current) {
    return original.computeIfAbsent(new SlotKey(contract, slot), k -> current);
  }

  /** Cost of an SSTORE per EIP-2200 as amended by EIP-2929 and EIP-3529; adjusts the refund. */
  long sstoreCost(Bytes32 originalValue, Bytes32 current, Bytes32 next, boolean cold) {
    long cost = cold ? GasSchedule.COLD_SLOAD : 0;
    if (current.equals(next)) {
      return cost + GasSchedule.WARM_STORAGE_READ;
    }
    boolean origZero = originalValue.equals(Bytes32.ZERO);
    if (originalValue.equals(current)) {
      if (origZero) {
        return cost + GasSchedule.SSTORE_SET;
      }
      if (next.equals(Bytes32.ZERO)) {
        refund += GasSchedule.SSTORE_CLEARS_REFUND;
      }
      return cost + GasSchedule.SSTORE_RESET;
    }
    if (!origZero) {
      if (current.equals(Bytes32.ZERO)) {
        refund -= GasSchedule.SSTORE_CLEARS_REFUND;
      } else if (next.equals(Bytes32.ZERO)) {
        refund += GasSchedule.SSTORE_CLEARS_REFUND;
      }
    }
    if (originalValue.equals(next)) {
      refund +=
          origZero
              ? GasSchedule.SSTORE_SET - GasSchedule.WARM_STORAGE_READ
              : GasSchedule.SSTORE_RESET - GasSchedule.WARM_STORAGE_READ;
    }
    return cost + GasSchedule.WARM_STORAGE_READ;
  }
}
