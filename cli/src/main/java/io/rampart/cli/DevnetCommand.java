package io.rampart.cli;

import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hd.DevMnemonic;
import io.rampart.node.devnet.DevnetConfig;
import io.rampart.node.devnet.DevnetServer;
import io.rampart.node.devnet.RollupSettings;
import io.rampart.node.devnet.RpcLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rampart devnet}: the L2 devnet in real time, stored under a data directory, JSON-RPC on
 * 127.0.0.1. Settings come from flags, then from {@code --config FILE} (Java properties with the
 * long option names as keys, e.g. {@code rpc-port=8546}), then from the defaults.
 */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    description = {
      "Run the L2 devnet in real time: sequencer, RocksDB storage under --data-dir (restarts where"
          + " it stopped), Ethereum JSON-RPC on 127.0.0.1, dev accounts from the test mnemonic.",
      "Ctrl-C stops it cleanly."
    })
public final class DevnetCommand implements Callable<Integer> {
  private static final Set<String> KEYS =
      Set.of(
          "data-dir",
          "rpc-port",
          "chain-id",
          "accounts",
          "mnemonic",
          "balance",
          "block-time",
          "no-mining",
          "gas-limit",
          "no-fsync",
          "max-body",
          "max-batch",
          "l1-block-time",
          "challenge-window",
          "proposal-interval",
          "force-delay",
          "quiet");

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file of settings.")
  Path config;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (default .rampart/devnet).")
  Path dataDir;

  @Option(
      names = "--rpc-port",
      paramLabel = "N",
      description = "JSON-RPC port on 127.0.0.1 (default 8545; 0 picks a free one).")
  Integer rpcPort;

  @Option(names = "--chain-id", paramLabel = "N", description = "L2 chain id (default 901).")
  Long chainId;

  @Option(
      names = "--accounts",
      paramLabel = "N",
      description = "Dev accounts funded at genesis (default 10).")
  Integer accounts;

  @Option(
      names = "--mnemonic",
      paramLabel = "WORDS",
      description = "BIP-39 mnemonic of the dev accounts (default: the public test mnemonic).")
  String mnemonic;

  @Option(
      names = "--balance",
      paramLabel = "ETH",
      description = "Genesis balance of each dev account in ether (default 10000).")
  BigDecimal balance;

  @Option(
      names = "--block-time",
      paramLabel = "SECONDS",
      description = "Seal a block every SECONDS (default 2; decimals allowed).")
  BigDecimal blockTime;

  @Option(
      names = "--no-mining",
      description = "Seal blocks only on evm_mine (as anvil --no-mining).")
  Boolean noMining;

  @Option(
      names = "--gas-limit",
      paramLabel = "GAS",
      description = "Block gas limit (default 30000000: 1,428 transfers).")
  Long gasLimit;

  @Option(
      names = "--no-fsync",
      description = "Do not fsync acknowledged writes (faster; a machine crash may lose them).")
  Boolean noFsync;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      description = "Largest request body (default 5 MiB).")
  Integer maxBody;

  @Option(
      names = "--max-batch",
      paramLabel = "N",
      description = "Most requests in one JSON-RPC batch (default 1000).")
  Integer maxBatch;

  @Option(
      names = "--l1-block-time",
      paramLabel = "SECONDS",
      description = "Embedded L1 slot time in whole seconds (default 2; Ethereum: 12).")
  Long l1BlockTime;

  @Option(
      names = "--challenge-window",
      paramLabel = "SECONDS",
      description = "How long a proposal can be challenged (default 60; the protocol's: 604800).")
  Long challengeWindow;

  @Option(
      names = "--proposal-interval",
      paramLabel = "SECONDS",
      description = "How often the proposer posts an output root (default 10).")
  Long proposalInterval;

  @Option(
      names = "--force-delay",
      paramLabel = "SECONDS",
      description =
          "When a forced transaction is included, after its L1 block (default 30; protocol: 86400).")
  Long forceDelay;

  @Option(names = "--quiet", description = "No status line every 10 seconds.")
  Boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    DevnetConfig cfg;
    boolean beQuiet;
    try {
      Properties file = load(config);
      Settings s = new Settings(file);
      Path dir = dataDir != null ? dataDir : Path.of(s.str("data-dir", ".rampart/devnet"));
      DevnetConfig d = DevnetConfig.defaults(dir);
      boolean noMine = pick(noMining, s.bool("no-mining"), false);
      BigDecimal bt = pick(blockTime, s.dec("block-time"), new BigDecimal("2"));
      if (bt.signum() < 0) {
        throw new IllegalArgumentException("--block-time must not be negative");
      }
      BigDecimal eth = pick(balance, s.dec("balance"), new BigDecimal(10_000));
      long l1Slot = pick(l1BlockTime, s.lng("l1-block-time"), d.rollup().l1BlockSeconds());
      cfg =
          new DevnetConfig(
              dir,
              pick(rpcPort, s.integer("rpc-port"), d.rpcPort()),
              pick(chainId, s.lng("chain-id"), d.chainId()),
              pick(accounts, s.integer("accounts"), d.accounts()),
              pick(mnemonic, s.strOpt("mnemonic"), d.mnemonic()),
              eth.movePointRight(9).longValueExact(),
              noMine ? 0 : bt.movePointRight(3).longValue(),
              pick(gasLimit, s.lng("gas-limit"), d.blockGasLimit()),
              !pick(noFsync, s.bool("no-fsync"), false),
              new RpcLimits(
                  pick(maxBody, s.integer("max-body"), d.limits().maxBodyBytes()),
                  pick(maxBatch, s.integer("max-batch"), d.limits().maxBatch()),
                  d.limits().maxConcurrent()),
              d.poolMaxTotal(),
              d.poolMaxPerSender(),
              d.batchPolicy(),
              new RollupSettings(
                  l1Slot,
                  pick(
                      challengeWindow,
                      s.lng("challenge-window"),
                      d.rollup().challengeWindowSeconds()),
                  pick(
                      proposalInterval,
                      s.lng("proposal-interval"),
                      d.rollup().proposalIntervalSeconds()),
                  pick(
                      forceDelay,
                      s.lng("force-delay"),
                      Math.max(d.rollup().forceDelaySeconds(), 3 * l1Slot))));
      beQuiet = pick(quiet, s.bool("quiet"), false);
    } catch (IllegalArgumentException | ArithmeticException | IOException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 2;
    }
    DevnetServer server;
    try {
      server = DevnetServer.start(cfg);
    } catch (RuntimeException e) {
      err.println("error: cannot start the devnet: " + e.getMessage());
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "rampart-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    banner(out, server, cfg);
    while (!stopped.await(10, TimeUnit.SECONDS)) {
      if (!beQuiet) {
        var m = server.devnet().metrics();
        err.printf(
            "block %d | %.0f tx/s (10 s) | pool %d | batches %d | rpc %d%n",
            m.headBlock.get(),
            m.tps(System.currentTimeMillis()),
            m.mempoolSize.get(),
            m.batches.sum(),
            m.rpcRequests.sum());
        err.flush();
      }
    }
    return 0;
  }

  private static void banner(PrintWriter out, DevnetServer server, DevnetConfig cfg) {
    List<PrivateKey> keys = server.devnet().devKeys();
    out.println("Rampart devnet (L2, chain " + cfg.chainId() + ")");
    out.println();
    out.println("Available Accounts");
    out.println("==================");
    String eth =
        new BigDecimal(cfg.accountBalanceGwei())
            .movePointLeft(9)
            .stripTrailingZeros()
            .toPlainString();
    for (int i = 0; i < keys.size(); i++) {
      out.printf("(%d) %s (%s ETH)%n", i, keys.get(i).address().toChecksumHex(), eth);
    }
    out.println();
    out.println("Private Keys");
    out.println("==================");
    for (int i = 0; i < keys.size(); i++) {
      out.printf("(%d) 0x%s%n", i, HexFormat.of().formatHex(keys.get(i).toBytes()));
    }
    out.println();
    out.println("Wallet");
    out.println("==================");
    out.println("Mnemonic:          " + cfg.mnemonic());
    out.println("Derivation path:   " + DevMnemonic.ETHEREUM_PATH + "/");
    out.println();
    out.println("Chain ID:          " + cfg.chainId());
    out.println("Data directory:    " + cfg.dataDir().toAbsolutePath());
    var head = server.devnet().reader().head();
    out.println(
        (server.devnet().resumed() ? "Resumed at block " : "Genesis block ")
            + head.number()
            + (server.devnet().replayedFromJournal() > 0
                ? ", " + server.devnet().replayedFromJournal() + " pooled transactions restored"
                : ""));
    out.println(
        "Blocks:            "
            + (cfg.blockTimeMillis() == 0
                ? "on evm_mine only"
                : "every " + cfg.blockTimeMillis() / 1000.0 + " s")
            + ", up to "
            + cfg.maxTransfersPerBlock()
            + " transfers");
    var r = cfg.rollup();
    out.println(
        "Embedded L1:       a block every "
            + r.l1BlockSeconds()
            + " s; output roots every "
            + r.proposalIntervalSeconds()
            + " s, challenge window "
            + r.challengeWindowSeconds()
            + " s (protocol: 7 days), forced inclusion after "
            + r.forceDelaySeconds()
            + " s");
    out.println();
    out.println("Listening on " + server.url() + " (metrics: " + server.url() + "/metrics)");
    out.flush();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    if (file == null) {
      return p;
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("config file " + file + " does not exist");
    }
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    for (String k : p.stringPropertyNames()) {
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException(
            "unknown setting '" + k + "' in " + file + "; known: " + String.join(", ", KEYS));
      }
    }
    return p;
  }

  private static <T> T pick(T flag, T fromFile, T dflt) {
    return flag != null ? flag : fromFile != null ? fromFile : dflt;
  }

  /** Typed reads of the config file; a malformed value is a clear error. */
  private record Settings(Properties p) {
    String strOpt(String k) {
      return p.getProperty(k);
    }

    String str(String k, String dflt) {
      return p.getProperty(k, dflt);
    }

    Integer integer(String k) {
      String v = p.getProperty(k);
      try {
        return v == null ? null : Integer.valueOf(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("setting " + k + " must be a whole number, got " + v);
      }
    }

    Long lng(String k) {
      String v = p.getProperty(k);
      try {
        return v == null ? null : Long.valueOf(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("setting " + k + " must be a whole number, got " + v);
      }
    }

    BigDecimal dec(String k) {
      String v = p.getProperty(k);
      try {
        return v == null ? null : new BigDecimal(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("setting " + k + " must be a number, got " + v);
      }
    }

    Boolean bool(String k) {
      String v = p.getProperty(k);
      if (v == null) {
        return null;
      }
      return switch (v.trim()) {
        case "true" -> true;
        case "false" -> false;
        default ->
            throw new IllegalArgumentException("setting " + k + " must be true or false, got " + v);
      };
    }
  }
}
