package io.rampart.l1.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same run, byte for byte, across processes: a fresh JVM (with its own hash-set
 * iteration order and identity hashes) must produce the event-log hash this JVM produces.
 */
class CrossProcessDeterminismTest {

  @Test
  void aChildJvmReplaysTheSameEventLog() throws IOException, InterruptedException {
    long seed = 424_242L;
    int steps = 40;
    String here = RandomBridgeScenario.run(seed, steps).world.log().hash().toHex();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ScenarioHashMain.class.getName(),
                Long.toString(seed),
                Integer.toString(steps))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo(here);
  }
}
