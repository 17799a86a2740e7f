package io.rampart.node.devnet;

import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.crypto.hd.DevMnemonic;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of a devnet. {@code blockTimeMillis} 0 means blocks are made only by {@code evm_mine}
 * (anvil's {@code --no-mining}); {@code blockGasLimit} caps the transfers per block at {@code
 * blockGasLimit / 21,000}; {@code sync} fsyncs every acknowledged write (turn it off only for
 * throwaway runs).
 */
public record DevnetConfig(
    Path dataDir,
    int rpcPort,
    long chainId,
    int accounts,
    String mnemonic,
    long accountBalanceGwei,
    long blockTimeMillis,
    long blockGasLimit,
    boolean sync,
    RpcLimits limits,
    int poolMaxTotal,
    int poolMaxPerSender,
    BatchPolicy batchPolicy,
    RollupSettings rollup) {

  public static final long DEFAULT_CHAIN_ID = 901;

  /** Ten thousand ether, in gwei, as anvil gives each dev account. */
  public static final long DEFAULT_BALANCE_GWEI = 10_000L * 1_000_000_000L;

  public DevnetConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(mnemonic, "mnemonic");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(batchPolicy, "batchPolicy");
    Objects.requireNonNull(rollup, "rollup");
    if (rpcPort < 0 || rpcPort > 65_535) {
      throw new IllegalArgumentException("--rpc-port must be 0..65535, got " + rpcPort);
    }
    if (chainId < 1) {
      throw new IllegalArgumentException("--chain-id must be positive, got " + chainId);
    }
    if (accounts < 0 || accounts > 1_000) {
      throw new IllegalArgumentException("--accounts must be 0..1000, got " + accounts);
    }
    if (accountBalanceGwei < 0) {
      throw new IllegalArgumentException("balance must not be negative");
    }
    if (blockTimeMillis < 0) {
      throw new IllegalArgumentException("--block-time must not be negative");
    }
    if (blockGasLimit < 21_000) {
      throw new IllegalArgumentException(
          "--gas-limit must be at least 21000, got " + blockGasLimit);
    }
    if (poolMaxTotal < 1 || poolMaxPerSender < 1) {
      throw new IllegalArgumentException("pool limits must be positive");
    }
  }

  /** Defaults: port 8545, chain 901, ten dev accounts, 2 s blocks, 30M gas, fsync on. */
  public static DevnetConfig defaults(Path dataDir) {
    return new DevnetConfig(
        dataDir,
        8545,
        DEFAULT_CHAIN_ID,
        10,
        DevMnemonic.TEST_MNEMONIC,
        DEFAULT_BALANCE_GWEI,
        2_000,
        30_000_000,
        true,
        RpcLimits.defaults(),
        200_000,
        50_000,
        BatchPolicy.defaults(),
        RollupSettings.defaults());
  }

  public DevnetConfig withPort(int port) {
    return new DevnetConfig(
        dataDir,
        port,
        chainId,
        accounts,
        mnemonic,
        accountBalanceGwei,
        blockTimeMillis,
        blockGasLimit,
        sync,
        limits,
        poolMaxTotal,
        poolMaxPerSender,
        batchPolicy,
        rollup);
  }

  public DevnetConfig withBlockTimeMillis(long ms) {
    return new DevnetConfig(
        dataDir,
        rpcPort,
        chainId,
        accounts,
        mnemonic,
        accountBalanceGwei,
        ms,
        blockGasLimit,
        sync,
        limits,
        poolMaxTotal,
        poolMaxPerSender,
        batchPolicy,
        rollup);
  }

  public DevnetConfig withLimits(RpcLimits l) {
    return new DevnetConfig(
        dataDir,
        rpcPort,
        chainId,
        accounts,
        mnemonic,
        accountBalanceGwei,
        blockTimeMillis,
        blockGasLimit,
        sync,
        l,
        poolMaxTotal,
        poolMaxPerSender,
        batchPolicy,
        rollup);
  }

  public DevnetConfig withBatchPolicy(BatchPolicy p) {
    return new DevnetConfig(
        dataDir,
        rpcPort,
        chainId,
        accounts,
        mnemonic,
        accountBalanceGwei,
        blockTimeMillis,
        blockGasLimit,
        sync,
        limits,
        poolMaxTotal,
        poolMaxPerSender,
        p,
        rollup);
  }

  public DevnetConfig withRollup(RollupSettings r) {
    return new DevnetConfig(
        dataDir,
        rpcPort,
        chainId,
        accounts,
        mnemonic,
        accountBalanceGwei,
        blockTimeMillis,
        blockGasLimit,
        sync,
        limits,
        poolMaxTotal,
        poolMaxPerSender,
        batchPolicy,
        r);
  }

  public int maxTransfersPerBlock() {
    return (int) Math.min(Integer.MAX_VALUE, blockGasLimit / 21_000);
  }
}
