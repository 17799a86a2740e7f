package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.state.MerkleTree32;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.node.devnet.DevnetServer;
import io.rampart.node.devnet.RollupSettings;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rampart_ namespace: deposits, forced inclusion, withdrawal status and proof, batches. */
class RampartNamespaceTest {
  private static final String WITHDRAWAL = "0x4200000000000000000000000000000000000016";
  private static final Address CAROL =
      Address.tryParse("0x3333333333333333333333333333333333333333").orElseThrow();

  @TempDir Path dir;

  private DevnetServer start() {
    return DevnetServer.start(
        TestNodes.config(dir, 0)
            .withBatchPolicy(new BatchPolicy(120_000, 0))
            .withRollup(new RollupSettings(1, 60, 10, 3)));
  }

  @Test
  void depositsAndForcedTransactionsAreIncludedAndSurviveARestart() {
    List<PrivateKey> keys;
    String depositHash;
    try (DevnetServer s = start()) {
      Rpc rpc = new Rpc(s.url());
      keys = s.devnet().devKeys();
      JsonNode d =
          rpc.result("rampart_depositFromL1", "[\"" + CAROL.toLowerHex() + "\", \"0x12a05f200\"]");
      // deposits 0..9 funded the ten dev accounts at genesis
      assertThat(d.get("depositId").asText()).isEqualTo("0xa");
      depositHash = d.get("transactionHash").asText();
      JsonNode bad = rpc.call("rampart_depositFromL1", "[\"" + CAROL.toLowerHex() + "\", \"0x1\"]");
      assertThat(bad.get("error").get("code").asInt()).isEqualTo(-32000);
    } // stopped before any block: the deposit must come back from the store
    try (DevnetServer s = start()) {
      Rpc rpc = new Rpc(s.url());
      long chain = s.devnet().chain().chainId();
      byte[] forced = Rpc.transfer(chain, keys.get(3), 0, CAROL, 2);
      JsonNode f =
          rpc.result("rampart_forceInclude", "[\"0x" + HexFormat.of().formatHex(forced) + "\"]");
      JsonNode junk = rpc.result("rampart_forceInclude", "[\"0x0102\"]");
      assertThat(f.get("forcedId").asText()).isEqualTo("0x0");
      assertThat(junk.get("forcedId").asText()).isEqualTo("0x1");
      // at the inbox's deadline (3 s, a few L1 blocks) derivation includes both, and the sequencer
      // seals that same block: 5 gwei deposited + 2 gwei by the forced transfer; the undecodable
      // one changed nothing
      String junkTx = "[\"" + junk.get("transactionHash").asText() + "\"]";
      for (int i = 0;
          i < 100
              && (!balance(rpc, CAROL).equals(wei(7))
                  || rpc.result("eth_getTransactionByHash", junkTx).isNull());
          i++) {
        rpc.result("evm_mine", "[]");
        sleep(200);
      }
      assertThat(balance(rpc, CAROL)).isEqualTo(wei(7));
      assertThat(
              rpc.result("eth_getTransactionReceipt", "[\"" + depositHash + "\"]")
                  .get("type")
                  .asText())
          .isEqualTo("0x7e");
      assertThat(
              rpc.result(
                      "eth_getTransactionByHash", "[\"" + f.get("transactionHash").asText() + "\"]")
                  .isNull())
          .isFalse();
      assertThat(
              rpc.result(
                      "eth_getTransactionByHash",
                      "[\"" + junk.get("transactionHash").asText() + "\"]")
                  .isNull())
          .isFalse();
      assertThat(
              rpc.result(
                      "eth_getTransactionCount",
                      "[\"" + keys.get(3).address().toLowerHex() + "\",\"latest\"]")
                  .asText())
          .isEqualTo("0x1");
    }
  }

  @Test
  void withdrawalStatusAndAProofThatVerifies() {
    try (DevnetServer s = start()) {
      Rpc rpc = new Rpc(s.url());
      var keys = s.devnet().devKeys();
      long chain = s.devnet().chain().chainId();
      Address wAddr = Address.tryParse(WITHDRAWAL).orElseThrow();
      List<String> hashes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        hashes.add(
            rpc.post(Rpc.sendRawBody(i, Rpc.transfer(chain, keys.get(i), 0, wAddr, 1_000 + i)))
                .body()
                .get("result")
                .asText());
      }
      String plain =
          rpc.post(Rpc.sendRawBody(9, Rpc.transfer(chain, keys.get(5), 0, CAROL, 1)))
              .body()
              .get("result")
              .asText();
      assertThat(status(rpc, hashes.get(0)).get("status").asText()).isEqualTo("pending");
      rpc.result("evm_mine", "[]");
      assertThat(status(rpc, plain).get("status").asText()).isEqualTo("notAWithdrawal");
      assertThat(status(rpc, "0x" + "ab".repeat(32)).get("status").asText()).isEqualTo("unknown");
      for (int i = 0; i < 3; i++) {
        JsonNode st = status(rpc, hashes.get(i));
        assertThat(st.get("status").asText()).isEqualTo("sealed");
        long index = Long.decode(st.get("withdrawalIndex").asText());
        JsonNode pr =
            rpc.result(
                "rampart_getWithdrawalProof", "[\"" + st.get("withdrawalIndex").asText() + "\"]");
        Address owner = Address.tryParse(pr.get("owner").asText()).orElseThrow();
        long gwei =
            new java.math.BigInteger(pr.get("amount").asText().substring(2), 16)
                .divide(java.math.BigInteger.TEN.pow(9))
                .longValueExact();
        assertThat(owner).isEqualTo(keys.get((int) gwei - 1_000).address());
        // leaf = H(index(8) || owner(20) || amountGwei(8)), as docs/chain.md defines it
        byte[] pre =
            ByteBuffer.allocate(36).putLong(index).put(owner.toBytes()).putLong(gwei).array();
        Bytes32 leaf = Keccak256.digest(pre);
        assertThat(pr.get("leaf").asText()).isEqualTo(leaf.toHex());
        List<Bytes32> path = new ArrayList<>();
        pr.get("proof").forEach(x -> path.add(Bytes32.fromHex(x.asText())));
        Bytes32 root = Bytes32.fromHex(pr.get("withdrawalRoot").asText());
        assertThat(MerkleTree32.rootFromPath(Keccak256.INSTANCE, index, leaf, path))
            .isEqualTo(root);
        // a one-bit change of the leaf or of any sibling no longer proves against the root
        assertThat(MerkleTree32.rootFromPath(Keccak256.INSTANCE, index, leaf.flipBit(3), path))
            .isNotEqualTo(root);
        List<Bytes32> tampered = new ArrayList<>(path);
        tampered.set(0, tampered.get(0).flipBit(255));
        assertThat(MerkleTree32.rootFromPath(Keccak256.INSTANCE, index, leaf, tampered))
            .isNotEqualTo(root);
      }
      assertThat(rpc.result("rampart_getWithdrawalProof", "[\"0x3\"]").isNull()).isTrue();
      // one batch (the test's policy closes a batch at every block): the genesis block with the
      // ten deposits that funded the dev accounts, and the block just mined
      JsonNode b = rpc.result("rampart_batches", "[]");
      assertThat(b.get("count").asText()).isEqualTo("0x1");
      JsonNode batch = rpc.result("rampart_getBatch", "[\"0x0\"]");
      assertThat(batch.get("transactions").asText()).isEqualTo("0x4");
      assertThat(batch.get("firstBlock").asText()).isEqualTo("0x0");
      assertThat(rpc.result("rampart_getBatch", "[\"0x1\"]").isNull()).isTrue();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode status(Rpc rpc, String h) {
    return rpc.result("rampart_withdrawalStatus", "[\"" + h + "\"]");
  }

  private static String balance(Rpc rpc, Address a) {
    return rpc.result("eth_getBalance", "[\"" + a.toLowerHex() + "\",\"latest\"]").asText();
  }

  private static String wei(long gwei) {
    return "0x"
        + java.math.BigInteger.valueOf(gwei).multiply(java.math.BigInteger.TEN.pow(9)).toString(16);
  }
}
