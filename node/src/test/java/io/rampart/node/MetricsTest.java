package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.node.devnet.DevnetServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics: Prometheus text whose counters follow what the node did. */
class MetricsTest {
  @TempDir Path dir;

  @Test
  void countersFollowTransactionsBlocksAndErrors() throws Exception {
    try (DevnetServer s = TestNodes.start(dir, 0)) {
      Rpc rpc = new Rpc(s.url());
      var keys = s.devnet().devKeys();
      long chain = s.devnet().chain().chainId();
      for (int i = 0; i < 3; i++) {
        rpc.post(Rpc.sendRawBody(i, Rpc.transfer(chain, keys.get(0), i, keys.get(1).address(), 2)));
      }
      rpc.call("eth_sendRawTransaction", "[\"0x01\"]");
      rpc.call("no_such_method", "[]");
      Map<String, String> m = scrape(s.url());
      assertThat(m.get("rampart_mempool_size")).isEqualTo("3");
      assertThat(m.get("rampart_tx_accepted_total")).isEqualTo("3");
      assertThat(m.get("rampart_tx_rejected_total")).isEqualTo("1");
      assertThat(m.get("rampart_rpc_errors_total")).isEqualTo("2");
      rpc.result("evm_mine", "[]");
      m = scrape(s.url());
      assertThat(m.get("rampart_mempool_size")).isEqualTo("0");
      assertThat(m.get("rampart_l2_transactions_included_total")).isEqualTo("3");
      assertThat(m.get("rampart_l2_blocks_total")).isEqualTo("1");
      assertThat(m.get("rampart_l2_head_block")).isEqualTo("1");
      assertThat(Double.parseDouble(m.get("rampart_l2_tps"))).isEqualTo(0.3);
      assertThat(m)
          .containsKeys(
              "rampart_batch_last_bytes", "rampart_l1_gas_spent_total", "rampart_disputes_open");
    }
  }

  private static Map<String, String> scrape(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
    Map<String, String> out = new HashMap<>();
    for (String line : r.body().split("\n")) {
      if (line.startsWith("# TYPE ")) {
        assertThat(line).matches("# TYPE \\w+ (counter|gauge)");
      } else if (!line.startsWith("#") && !line.isBlank()) {
        String[] kv = line.split(" ");
        assertThat(kv).hasSize(2);
        out.put(kv[0], kv[1]);
      }
    }
    return out;
  }
}
