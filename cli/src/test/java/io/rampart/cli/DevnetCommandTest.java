package io.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.node.devnet.DevnetConfig;
import io.rampart.node.devnet.DevnetServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart devnet}: help, and clear errors for bad flags, config files and data dirs. */
class DevnetCommandTest {
  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void helpListsTheOptions() {
    CommandRun r = run("devnet", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--data-dir", "--rpc-port", "--config", "--no-mining", "--accounts")
        .contains("--l1-block-time", "--challenge-window", "--proposal-interval", "--force-delay");
    assertThat(run("--help").out()).contains("devnet");
  }

  @Test
  void badSettingsAreClearErrors() throws Exception {
    assertThat(run("devnet", "--rpc-port", "70000").err()).contains("--rpc-port must be 0..65535");
    assertThat(run("devnet", "--block-time", "-1").err())
        .contains("--block-time must not be negative");
    assertThat(run("devnet", "--l1-block-time", "0").err())
        .contains("--l1-block-time must be 1..3600 seconds");
    assertThat(run("devnet", "--challenge-window", "2").err())
        .contains("--challenge-window must be 4 s .. 30 days");
    assertThat(run("devnet", "--l1-block-time", "12", "--force-delay", "30").err())
        .contains("--force-delay must be at least three L1 blocks");
    Path cfg = dir.resolve("devnet.properties");
    Files.writeString(cfg, "rpc-port=abc\n");
    CommandRun r = run("devnet", "--config", cfg.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("setting rpc-port must be a whole number, got abc");
    Files.writeString(cfg, "rpc_port=8545\n");
    assertThat(run("devnet", "--config", cfg.toString()).err())
        .contains("unknown setting 'rpc_port'");
    assertThat(run("devnet", "--config", dir.resolve("none").toString()).err())
        .contains("does not exist");
  }

  @Test
  void aDataDirectoryOfAnotherChainIsRefused() {
    Path data = dir.resolve("data");
    DevnetServer.start(DevnetConfig.defaults(data).withPort(0)).close();
    CommandRun r =
        run("devnet", "--data-dir", data.toString(), "--rpc-port", "0", "--chain-id", "5");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("holds chain 901, not 5");
  }
}
