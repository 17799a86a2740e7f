package io.rampart.chain.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.tx.SignedTransaction;
import java.util.Arrays;
import java.util.Objects;

/** A transaction of the L2: a user transfer, or a system transaction from L1. */
public sealed interface L2Tx {

  /** The hash receipts and acknowledgements refer to. */
  Bytes32 hash();

  /**
   * A signed Ethereum transfer whose sender is already recovered (once, at admission or decoding).
   * Amounts: {@code valueGwei} is unsigned 64-bit gwei; fee fields are wei below 2^63.
   */
  record UserTx(
      SignedTransaction signed,
      Address sender,
      Address to,
      long nonce,
      long valueGwei,
      long gasLimit,
      long maxFeePerGasWei,
      long maxPriorityFeePerGasWei)
      implements L2Tx {
    public UserTx {
      Objects.requireNonNull(signed, "signed");
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public Bytes32 hash() {
      return signed.hash();
    }

    /** Legacy transactions pay their gas price; type 2 pays min(cap, base + tip). */
    public long effectiveGasPriceWei(long baseFeeWei) {
      return signed.transaction().type() == 0
          ? maxFeePerGasWei
          : Math.min(maxFeePerGasWei, baseFeeWei + maxPriorityFeePerGasWei);
    }
  }

  /** A deposit locked in the L1 bridge: credits {@code to} with {@code amountGwei}, no fee. */
  record Deposit(long id, long l1Block, Address to, long amountGwei) implements L2Tx {
    public Deposit {
      Objects.requireNonNull(to, "to");
    }

    @Override
    public Bytes32 hash() {
      return SystemTxCodec.hash(this);
    }
  }

  /**
   * A signed L2 transaction submitted through the L1 inbox. It must be included once L1 reaches
   * {@code deadline}; if it is invalid then, it is included as failed and changes nothing.
   */
  record Forced(long id, long l1Block, long deadline, byte[] raw) implements L2Tx {
    public Forced {
      raw = raw.clone();
    }

    @Override
    public byte[] raw() {
      return raw.clone();
    }

    @Override
    public Bytes32 hash() {
      return SystemTxCodec.hash(this);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Forced f
          && f.id == id
          && f.l1Block == l1Block
          && f.deadline == deadline
          && Arrays.equals(f.raw, raw);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id) * 31 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
      return "Forced[id=" + id + ", l1Block=" + l1Block + ", deadline=" + deadline + "]";
    }
  }
}
