package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.node.devnet.DevnetConfig;
import io.rampart.node.devnet.DevnetServer;
import io.rampart.node.devnet.RpcLimits;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed JSON-RPC: each bad request gets its specific error, nothing is partly applied, and the
 * node keeps serving (also under 1,000 concurrent requests).
 */
class MalformedRpcTest {
  private static final String ALICE = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

  @TempDir Path dir;
  private DevnetServer server;
  private Rpc rpc;
  private List<PrivateKey> keys;

  @BeforeEach
  void start() {
    DevnetConfig cfg = TestNodes.config(dir, 0).withLimits(new RpcLimits(64 * 1024, 100, 16));
    server = DevnetServer.start(cfg);
    rpc = new Rpc(server.url());
    keys = server.devnet().devKeys();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertError(JsonNode r, int code, String containing) {
    assertThat(r.get("error")).as(r.toString()).isNotNull();
    assertThat(r.get("error").get("code").asInt()).as(r.toString()).isEqualTo(code);
    assertThat(r.get("error").get("message").asText()).contains(containing);
    assertThat(r.has("result")).isFalse();
  }

  @Test
  void invalidJsonIsAParseErrorWithNullId() {
    Rpc.Answer a = rpc.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
    assertThat(a.status()).isEqualTo(200);
    assertError(a.body(), -32700, "parse error");
    assertThat(a.body().get("id").isNull()).isTrue();
    assertError(rpc.post("").body(), -32700, "parse error");
    assertError(rpc.post("[1,").body(), -32700, "parse error");
  }

  @Test
  void invalidRequestsAreRefusedWithTheirId() {
    assertError(rpc.post("{\"id\":7,\"method\":\"eth_chainId\"}").body(), -32600, "jsonrpc");
    assertError(
        rpc.post("{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\"}").body(), -32600, "missing id");
    assertError(rpc.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":5}").body(), -32600, "method");
    assertError(
        rpc.post("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"eth_chainId\"}").body(),
        -32600,
        "id");
    assertError(rpc.post("\"hello\"").body(), -32600, "JSON object");
    assertError(rpc.post("[]").body(), -32600, "empty batch");
    JsonNode r =
        rpc.post("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"eth_nope\",\"params\":[]}")
            .body();
    assertError(r, -32601, "eth_nope");
    assertThat(r.get("id").asText()).isEqualTo("abc");
  }

  @Test
  void wrongParameterTypesAndOddHexAreInvalidParams() {
    assertError(rpc.call("eth_getBalance", "[123, \"latest\"]"), -32602, "must be a string");
    assertError(rpc.call("eth_getBalance", "[\"0x1234\", \"latest\"]"), -32602, "eth_getBalance");
    assertError(
        rpc.call("eth_getBalance", "[\"" + ALICE + "\", \"nonsense\"]"), -32602, "hex quantity");
    assertError(rpc.call("eth_sendRawTransaction", "[\"0xabc\"]"), -32602, "odd number");
    assertError(rpc.call("eth_sendRawTransaction", "[\"abcd\"]"), -32602, "0x-prefixed");
    assertError(rpc.call("eth_sendRawTransaction", "[\"0xzz\"]"), -32602, "not hex");
    assertError(rpc.call("eth_sendRawTransaction", "[]"), -32602, "missing parameter");
    assertError(rpc.call("eth_getTransactionReceipt", "[\"0x00\"]"), -32602, "32-byte hash");
    assertError(rpc.call("eth_getBlockByNumber", "[\"latest\", \"yes\"]"), -32602, "true or false");
    assertError(rpc.call("eth_chainId", "[1]"), -32602, "at most 0");
    assertError(rpc.call("eth_chainId", "{\"a\":1}"), -32602, "array");
    assertError(rpc.call("eth_feeHistory", "[0, \"latest\"]"), -32602, "blockCount");
  }

  @Test
  void rejectedTransactionsCarryTheChainsReason() {
    assertError(rpc.call("eth_sendRawTransaction", "[\"0x01\"]"), -32000, "BAD_ENCODING");
    byte[] wrongChain = Rpc.transfer(1, keys.get(0), 0, keys.get(1).address(), 1);
    JsonNode r =
        rpc.call(
            "eth_sendRawTransaction",
            "[\"0x" + java.util.HexFormat.of().formatHex(wrongChain) + "\"]");
    assertError(r, -32000, "invalid chain id");
    assertThat(r.get("error").get("data").asText()).isEqualTo("WRONG_CHAIN_ID");
    assertError(
        rpc.call("eth_call", "[{\"to\":\"" + ALICE + "\",\"data\":\"0x12\"}]"),
        -32000,
        "only value transfers");
    assertThat(pool()).isEqualTo("0x0");
  }

  @Test
  void oversizedBodiesAndHugeBatchesAreRefusedWhole() {
    String big = "[" + "1,".repeat(40_000) + "1]";
    Rpc.Answer a = rpc.post(big);
    assertThat(a.status()).isEqualTo(413);
    assertError(a.body(), -32600, "exceeds 65536 bytes");
    StringBuilder sb = new StringBuilder("[");
    long chain = server.devnet().chain().chainId();
    for (int i = 0; i < 101; i++) {
      sb.append(i == 0 ? "" : ",")
          .append(
              Rpc.sendRawBody(i, Rpc.transfer(chain, keys.get(0), i, keys.get(1).address(), 1)));
    }
    JsonNode r = rpc.post(sb.append("]").toString()).body();
    assertError(r, -32600, "batch of 101 requests exceeds the limit of 100");
    assertThat(pool()).isEqualTo("0x0"); // nothing of the refused batch was admitted
    assertThat(rpc.result("eth_getTransactionCount", "[\"" + ALICE + "\", \"pending\"]").asText())
        .isEqualTo("0x0");
  }

  @Test
  void aBatchAnswersEachRequestAndAppliesOnlyTheValidOnes() {
    long chain = server.devnet().chain().chainId();
    Address bob = keys.get(1).address();
    String body =
        "["
            + Rpc.sendRawBody(1, Rpc.transfer(chain, keys.get(0), 0, bob, 5))
            + ",{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_sendRawTransaction\",\"params\":[\"0x123\"]}"
            + ","
            + Rpc.sendRawBody(3, Rpc.transfer(chain, keys.get(0), 1, bob, 1L << 62))
            + ",{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"nope\"}"
            + ","
            + Rpc.sendRawBody(5, Rpc.transfer(chain, keys.get(2), 0, bob, 6))
            + ",{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"eth_blockNumber\",\"params\":[]}]";
    JsonNode r = rpc.post(body).body();
    assertThat(r.size()).isEqualTo(6);
    assertThat(r.get(0).get("result").asText()).startsWith("0x").hasSize(66);
    assertError(r.get(1), -32602, "odd number");
    assertError(r.get(2), -32000, "INSUFFICIENT_FUNDS");
    assertError(r.get(3), -32601, "nope");
    assertThat(r.get(4).get("result").asText()).hasSize(66);
    assertThat(r.get(5).get("result").asText()).isEqualTo("0x0");
    for (int i = 0; i < 6; i++) {
      assertThat(r.get(i).get("id").asInt()).isEqualTo(i + 1);
    }
    assertThat(pool()).isEqualTo("0x2");
    rpc.result("evm_mine", "[]");
    assertThat(rpc.result("eth_getBalance", "[\"" + bob.toLowerHex() + "\", \"latest\"]").asText())
        .isEqualTo(quantityWei(10_000L * 1_000_000_000L + 11));
  }

  @Test
  void aThousandConcurrentRequestsAreEachAnsweredAndTheNodeKeepsServing() {
    List<CompletableFuture<HttpResponse<String>>> fs = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String body =
          switch (i % 5) {
            case 0 ->
                "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"eth_chainId\",\"params\":[]}";
            case 1 -> "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":";
            case 2 ->
                "{\"jsonrpc\":\"2.0\",\"id\":"
                    + i
                    + ",\"method\":\"eth_getBalance\",\"params\":[1]}";
            case 3 ->
                "{\"jsonrpc\":\"2.0\",\"id\":"
                    + i
                    + ",\"method\":\"eth_sendRawTransaction\",\"params\":[\"0xabc\"]}";
            default ->
                "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"txpool_status\",\"params\":[]}";
          };
      kinds.add(body);
      fs.add(rpc.client().sendAsync(rpc.request(body), HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < fs.size(); i++) {
      JsonNode r;
      try {
        r = Rpc.JSON.readTree(fs.get(i).join().body());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      switch (i % 5) {
        case 0 -> assertThat(r.get("result").asText()).isEqualTo("0x385");
        case 1 -> assertError(r, -32700, "parse error");
        case 2 -> assertError(r, -32602, "must be a string");
        case 3 -> assertError(r, -32602, "odd number");
        default -> assertThat(r.get("result").get("pending").asText()).isEqualTo("0x0");
      }
      if (i % 5 != 1) {
        assertThat(r.get("id").asInt()).isEqualTo(i);
      }
    }
    assertThat(rpc.result("eth_blockNumber", "[]").asText()).isEqualTo("0x0");
    assertThat(pool()).isEqualTo("0x0");
  }

  private String pool() {
    return rpc.result("txpool_status", "[]").get("pending").asText();
  }

  private static String quantityWei(long gwei) {
    return "0x"
        + java.math.BigInteger.valueOf(gwei).multiply(java.math.BigInteger.TEN.pow(9)).toString(16);
  }
}
