package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.DevnetServer;
import io.rampart.node.devnet.RollupSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollup's JSON-RPC methods on a running devnet: what they answer, and that bad input gets the
 * specific JSON-RPC error and changes nothing on the L1.
 */
class RollupRpcTest {
  private static final String CAROL = "0x3333333333333333333333333333333333333333";

  @TempDir Path dir;
  private DevnetServer server;
  private Rpc rpc;

  @BeforeEach
  void start() {
    server =
        DevnetServer.start(TestNodes.config(dir, 0).withRollup(new RollupSettings(1, 60, 5, 3)));
    rpc = new Rpc(server.url());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int code(String method, String params) {
    JsonNode r = rpc.call(method, params);
    assertThat(r.has("result")).as(method + " " + params + " -> " + r).isFalse();
    return r.get("error").get("code").asInt();
  }

  private String reason(String method, String params) {
    JsonNode r = rpc.call(method, params);
    assertThat(r.get("error").get("code").asInt()).as(r.toString()).isEqualTo(-32000);
    return r.get("error").get("data").asText();
  }

  @Test
  void theL1StatusCommitmentsAndGames() {
    JsonNode s = rpc.result("rampart_l1Status", "[]");
    assertThat(s.get("slotSeconds").asInt()).isEqualTo(1);
    assertThat(s.get("challengeWindowSeconds").asInt()).isEqualTo(60);
    assertThat(s.get("operators")).hasSize(3);
    // ten dev accounts, 10,000 ETH each, deposited through the bridge at genesis
    assertThat(s.get("bridgeEscrow").asText()).isEqualTo("0x152d02c7e14af6800000");
    assertThat(rpc.result("rampart_getCommitments", "[]").isArray()).isTrue();
    assertThat(rpc.result("rampart_getDisputeGame", "[\"0x99\"]").isNull()).isTrue();
    assertThat(rpc.result("rampart_dev_forgeNextProposal", "[]").asBoolean()).isTrue();
  }

  @Test
  void badInputGetsTheRightErrorAndChangesNothing() {
    JsonNode before = rpc.result("rampart_l1Status", "[]");
    // malformed parameters: -32602
    assertThat(code("rampart_l1Status", "[1]")).isEqualTo(-32602);
    assertThat(code("rampart_getCommitments", "[\"0xzz\"]")).isEqualTo(-32602);
    assertThat(code("rampart_getCommitments", "[\"0x0\", \"0x0\"]")).isEqualTo(-32602);
    assertThat(code("rampart_getCommitments", "[\"0x0\", \"0x3e9\"]")).isEqualTo(-32602);
    assertThat(code("rampart_getCommitments", "[\"0x" + "f".repeat(20) + "\"]")).isEqualTo(-32602);
    assertThat(code("rampart_getDisputeGame", "[]")).isEqualTo(-32602);
    assertThat(code("rampart_getDisputeGame", "[\"seven\"]")).isEqualTo(-32602);
    assertThat(code("rampart_dev_forgeNextProposal", "[true]")).isEqualTo(-32602);
    assertThat(code("rampart_finalizeWithdrawal", "[\"0x12\"]")).isEqualTo(-32602);
    assertThat(code("rampart_depositFromL1", "[\"" + CAROL + "\", \"0x3b9aca00\", \"0xa\"]"))
        .isEqualTo(-32602);
    assertThat(code("rampart_forceInclude", "[\"0x0102\", \"0x10\"]")).isEqualTo(-32602);
    // well-formed but refused: -32000 with the reason
    assertThat(reason("rampart_finalizeWithdrawal", "[\"0x" + "ab".repeat(32) + "\"]"))
        .isEqualTo("NOT_A_WITHDRAWAL");
    assertThat(reason("rampart_depositFromL1", "[\"" + CAROL + "\", \"0x1\"]"))
        .isEqualTo("VALUE_NOT_WHOLE_GWEI");
    // more than dev account 0 holds on L1 (20,000 ETH before its genesis deposit)
    String tooMuch = "0x" + new java.math.BigInteger("1000000000000000000000000").toString(16);
    assertThat(reason("rampart_depositFromL1", "[\"" + CAROL + "\", \"" + tooMuch + "\"]"))
        .isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(reason("rampart_forceInclude", "[\"0x\"]")).isEqualTo("OVERSIZE");
    JsonNode after = rpc.result("rampart_l1Status", "[]");
    for (String f : new String[] {"bridgeEscrow", "proposals", "batchesPosted", "operators"}) {
      assertThat(after.get(f)).as(f).isEqualTo(before.get(f));
    }
    assertThat(rpc.result("eth_getBalance", "[\"" + CAROL + "\", \"latest\"]").asText())
        .isEqualTo("0x0");
  }
}
