package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hd.DevMnemonic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a devnet JVM with SIGKILL while clients are sending transactions, starts it again on the
 * same data directory, and checks that every transaction whose hash was returned is still there (in
 * a block or in the pool), then that all of them get sealed. Three rounds with seeded kill points.
 */
class RestartIntegrationTest {
  private static final long CHAIN = 901;

  @TempDir Path dir;

  private record Child(Process process, String url) {}

  private Child spawn() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                DevnetChild.class.getName(),
                dir.toString(),
                "100")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      p.destroyForcibly();
      throw new AssertionError("child did not start: " + line);
    }
    return new Child(p, "http://127.0.0.1:" + line.substring(5).trim());
  }

  @Test
  void everyAcknowledgedTransactionSurvivesAKill() throws Exception {
    List<PrivateKey> keys = DevMnemonic.accounts(DevMnemonic.TEST_MNEMONIC, 4);
    SplittableRandom rnd = new SplittableRandom(42);
    List<String> acked = new ArrayList<>();
    long[] nonces = new long[keys.size()];
    for (int round = 0; round < 3; round++) {
      Child c = spawn();
      Rpc rpc = new Rpc(c.url());
      for (int k = 0; k < keys.size(); k++) {
        nonces[k] =
            Long.decode(
                rpc.result(
                        "eth_getTransactionCount",
                        "[\"" + keys.get(k).address().toLowerHex() + "\",\"pending\"]")
                    .asText());
      }
      // every hash acknowledged before this restart must be found again
      for (String h : acked) {
        assertThat(knownTo(rpc, h)).as("acknowledged %s after restart %d", h, round).isTrue();
      }
      ConcurrentLinkedQueue<String> ackedNow = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> senders = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        final int who = k;
        final long start = nonces[k];
        senders.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      long n = start;
                      for (int batch = 0; batch < 200 && !stop.get(); batch++) { // bounded
                        StringBuilder sb = new StringBuilder("[");
                        for (int i = 0; i < 20; i++) {
                          byte[] raw =
                              Rpc.transfer(
                                  CHAIN,
                                  keys.get(who),
                                  n + i,
                                  keys.get((who + 1) % 4).address(),
                                  1);
                          sb.append(i == 0 ? "" : ",").append(Rpc.sendRawBody(i, raw));
                        }
                        JsonNode r;
                        try {
                          r = rpc.post(sb.append("]").toString()).body();
                        } catch (RuntimeException e) {
                          return; // the node died mid-request: nothing of it was acknowledged
                        }
                        for (JsonNode x : r) {
                          if (x.has("result")) {
                            ackedNow.add(x.get("result").asText());
                          }
                        }
                        n += 20;
                      }
                    }));
      }
      Thread.sleep(300 + rnd.nextInt(1_200));
      c.process().destroyForcibly(); // SIGKILL on Linux
      c.process().waitFor();
      stop.set(true);
      for (Thread t : senders) {
        t.join();
      }
      acked.addAll(ackedNow);
    }
    assertThat(acked)
        .as("transactions acknowledged before the kills")
        .hasSizeGreaterThanOrEqualTo(20);
    Child c = spawn();
    try {
      Rpc rpc = new Rpc(c.url());
      for (String h : acked) {
        assertThat(knownTo(rpc, h)).as("acknowledged %s after the last restart", h).isTrue();
      }
      for (int i = 0; i < 200 && !pool(rpc).equals("0x0"); i++) { // bounded
        rpc.result("evm_mine", "[]");
      }
      for (String h : acked) {
        JsonNode receipt = rpc.result("eth_getTransactionReceipt", "[\"" + h + "\"]");
        assertThat(receipt.isNull()).as("receipt of %s", h).isFalse();
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
      }
    } finally {
      c.process().destroyForcibly();
      c.process().waitFor();
    }
  }

  private static boolean knownTo(Rpc rpc, String hash) {
    JsonNode t = rpc.result("eth_getTransactionByHash", "[\"" + hash + "\"]");
    return !t.isNull() && t.get("hash").asText().equals(hash);
  }

  private static String pool(Rpc rpc) {
    JsonNode s = rpc.result("txpool_status", "[]");
    return Long.decode(s.get("pending").asText()) + Long.decode(s.get("queued").asText()) == 0
        ? "0x0"
        : "more";
  }
}
