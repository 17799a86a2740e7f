package io.rampart.l1.exec;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.gas.GasSchedule;
import io.rampart.l1.state.L1State;
import java.math.BigInteger;
import java.util.List;

/**
 * What a contract sees and does during one call. Every storage access, hash, signature check, log
 * and value transfer is charged on the transaction's {@link GasMeter} with Ethereum's schedule.
 * Arithmetic, memory and stack operations are not charged (they cost little next to storage).
 */
public final class CallContext {
  private final L1State state;
  private final GasMeter meter;
  private final Address self;
  private final Address sender;
  private final Wei value;
  private final long blockNumber;
  private final long timestamp;
  private final List<Bytes32> blobHashes;
  private final List<Log> logs;

  public CallContext(
      L1State state,
      GasMeter meter,
      Address self,
      Address sender,
      Wei value,
      long blockNumber,
      long timestamp,
      List<Bytes32> blobHashes,
      List<Log> logs) {
    this.state = state;
    this.meter = meter;
    this.self = self;
    this.sender = sender;
    this.value = value;
    this.blockNumber = blockNumber;
    this.timestamp = timestamp;
    this.blobHashes = blobHashes;
    this.logs = logs;
  }

  /** The executing contract's address. */
  public Address self() {
    return self;
  }

  /** {@code msg.sender}. */
  public Address sender() {
    return sender;
  }

  /** {@code msg.value}, already credited to {@link #self()}. */
  public Wei value() {
    return value;
  }

  public long blockNumber() {
    return blockNumber;
  }

  /** The block timestamp, in seconds. */
  public long timestamp() {
    return timestamp;
  }

  public GasMeter gas() {
    return meter;
  }

  /** SLOAD: 2,100 cold, 100 warm (EIP-2929). */
  public Bytes32 sload(Bytes32 slot) {
    boolean cold = meter.touchSlot(self, slot);
    meter.charge(cold ? GasSchedule.COLD_SLOAD : GasSchedule.WARM_STORAGE_READ);
    return state.load(self, slot);
  }

  /** SSTORE, priced per EIP-2200/2929/3529. */
  public void sstore(Bytes32 slot, Bytes32 value) {
    boolean cold = meter.touchSlot(self, slot);
    Bytes32 current = state.load(self, slot);
    Bytes32 original = meter.originalValue(self, slot, current);
    meter.charge(meter.sstoreCost(original, current, value, cold));
    state.store(self, slot, value);
  }

  public long sloadLong(Bytes32 slot) {
    return new BigInteger(1, sload(slot).toArray()).longValueExact();
  }

  public void sstoreLong(Bytes32 slot, long value) {
    sstore(slot, word(value));
  }

  /** KECCAK256: 30 + 6 per 32-byte word. */
  public Bytes32 keccak(byte[] data) {
    meter.charge(GasSchedule.KECCAK_BASE + GasSchedule.KECCAK_WORD * ((data.length + 31) / 32));
    return Keccak256.digest(data);
  }

  /** Solidity's slot of {@code mapping[key]} at {@code base}: keccak(key ‖ base), charged. */
  public Bytes32 mappingSlot(Bytes32 base, Bytes32 key) {
    byte[] buf = new byte[64];
    key.copyTo(buf, 0);
    base.copyTo(buf, 32);
    return keccak(buf);
  }

  /**
   * Charges a call to the ECRECOVER precompile: a STATICCALL to a warm address (100, precompiles
   * are always warm per EIP-2929) plus the precompile's 3,000. The contract then checks the
   * signature with the crypto module; the embedded L1 only prices it.
   */
  public void chargeEcrecover() {
    meter.charge(GasSchedule.WARM_STORAGE_READ + GasSchedule.ECRECOVER);
  }

  /** LOGn: 375 + 375 per topic + 8 per data byte. */
  public void emit(List<Bytes32> topics, byte[] data) {
    if (topics.size() > 4) {
      throw new IllegalArgumentException("at most 4 topics");
    }
    meter.charge(
        GasSchedule.LOG_BASE
            + GasSchedule.LOG_TOPIC * topics.size()
            + GasSchedule.LOG_DATA_BYTE * data.length);
    logs.add(new Log(self, topics, data));
  }

  /** BLOBHASH: the versioned hash of the transaction's blob {@code index}; 3 gas. */
  public Bytes32 blobHash(int index) {
    meter.charge(GasSchedule.BLOBHASH);
    if (index < 0 || index >= blobHashes.size()) {
      return Bytes32.ZERO;
    }
    return blobHashes.get(index);
  }

  /** Number of blobs the transaction carries (free: known from the calldata in practice). */
  public int blobCount() {
    return blobHashes.size();
  }

  /** Charges an access to another account (a CALL or STATICCALL): 2,600 cold, 100 warm. */
  public void accessAccount(Address a) {
    meter.charge(
        meter.touchAccount(a) ? GasSchedule.COLD_ACCOUNT_ACCESS : GasSchedule.WARM_STORAGE_READ);
  }

  /**
   * Sends ether from this contract to an externally owned account, as a CALL with value: account
   * access + 9,000 (+ 25,000 if the account is empty), minus the 2,300 stipend the callee returns
   * unused. Reverts if this contract's balance is short.
   */
  public void transfer(Address to, Wei amount) {
    accessAccount(to);
    if (amount.isZero()) {
      return;
    }
    long cost = GasSchedule.CALL_VALUE;
    if (state.balance(to).isZero() && state.nonce(to) == 0) {
      cost += GasSchedule.NEW_ACCOUNT;
    }
    meter.charge(cost);
    if (state.balance(self).compareTo(amount) < 0) {
      throw new Revert("insufficient contract balance");
    }
    state.debit(self, amount);
    state.credit(to, amount);
    meter.giveBack(GasSchedule.CALL_STIPEND);
  }

  /** Balance of this contract (SELFBALANCE, 5 gas). */
  public Wei selfBalance() {
    meter.charge(5);
    return state.balance(self);
  }

  public static void require(boolean condition, String reason) {
    if (!condition) {
      throw new Revert(reason);
    }
  }

  /** A 32-byte big-endian word holding {@code v} (non-negative). */
  public static Bytes32 word(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative: " + v);
    }
    byte[] b = new byte[32];
    for (int i = 0; i < 8; i++) {
      b[31 - i] = (byte) (v >>> (8 * i));
    }
    return Bytes32.adopt(b);
  }

  /** A 32-byte word holding an address in its low 20 bytes. */
  public static Bytes32 word(Address a) {
    byte[] b = new byte[32];
    a.copyTo(b, 12);
    return Bytes32.adopt(b);
  }

  public static long toLong(Bytes32 w) {
    return new BigInteger(1, w.toArray()).longValueExact();
  }

  public static Address toAddress(Bytes32 w) {
    return Address.wrap(java.util.Arrays.copyOfRange(w.toArray(), 12, 32));
  }

  /** The list the L1 collects this transaction's logs in (for nested contract calls). */
  List<Log> logs() {
    return logs;
  }

  /** A context for calling another contract from this one: same meter, logs and block. */
  public CallContext nested(Contract target) {
    accessAccount(target.address());
    return new CallContext(
        state, meter, target.address(), self, Wei.ZERO, blockNumber, timestamp, blobHashes, logs);
  }
}
