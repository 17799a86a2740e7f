package io.rampart.chain.tx;

import io.rampart.chain.fee.FeeParams;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.tx.TxRules;
import java.util.Objects;

/**
 * Everything that makes one L2 chain: its chain id (signed into every transaction), the tree hasher
 * (Keccak-256 or Poseidon2), where fees go, fee parameters, and the largest transaction accepted.
 */
public record ChainConfig(
    long chainId, Hasher hasher, Address feeRecipient, FeeParams fees, int maxTxBytes) {

  /**
   * Transfers to this address are withdrawals. It is the OP Stack's L2ToL1MessagePasser predeploy
   * (0x4200...0016), which plays the same role there.
   */
  public static final Address WITHDRAWAL_ADDRESS =
      Address.tryParse("0x4200000000000000000000000000000000000016").orElseThrow();

  /** Default size limit: a transfer is about 110 bytes; 1 KiB leaves room and stops abuse. */
  public static final int DEFAULT_MAX_TX_BYTES = 1024;

  public ChainConfig {
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(feeRecipient, "feeRecipient");
    Objects.requireNonNull(fees, "fees");
    if (feeRecipient.equals(WITHDRAWAL_ADDRESS)) {
      throw new IllegalArgumentException("fees cannot go to the withdrawal address");
    }
  }

  public TxRules txRules() {
    return new TxRules(chainId, false, maxTxBytes);
  }
}
