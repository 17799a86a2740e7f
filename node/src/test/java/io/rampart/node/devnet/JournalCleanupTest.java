package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.RocksKeyValueStore;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.node.Rpc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After every block the pool journal in the store holds exactly the pooled transactions, beside
 * some the chain already includes: a block deletes the groups it emptied, and nothing still
 * waiting. Driven step by step on an injected clock, without a block time.
 */
class JournalCleanupTest {
  @TempDir Path dir;

  @Test
  void theJournalHoldsExactlyThePoolAfterEachBlock() throws Exception {
    DevnetConfig cfg = DevnetConfig.defaults(dir).withPort(0).withBlockTimeMillis(0);
    Address to = Address.fromBytes(new byte[20]).orElseThrow();
    Set<Bytes32> pooled;
    Set<Bytes32> waiting = new HashSet<>();
    try (Devnet d = Devnet.openStepped(cfg, () -> 1_700_000_000_000L)) {
      List<PrivateKey> keys = d.devKeys();
      long chainId = d.chain().chainId();
      List<byte[]> raws = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        for (int n = 0; n < 5; n++) {
          raws.add(Rpc.transfer(chainId, keys.get(s), n, to, 1 + n));
        }
      }
      raws.add(Rpc.transfer(chainId, keys.get(3), 1, to, 7)); // waits for nonce 0
      List<AdmitResult> rs = Stepped.submit(d, raws);
      assertThat(rs).allMatch(r -> r instanceof AdmitResult.Added);
      waiting.add(((AdmitResult.Added) rs.get(rs.size() - 1)).tx().hash());

      Stepped.mine(d);
      pooled = Stepped.pool(d);
      assertThat(pooled).isEqualTo(waiting);
      assertThat(d.reader().head().txHashes()).hasSize(15);

      Stepped.submit(d, List.of(Rpc.transfer(chainId, keys.get(3), 0, to, 7)));
      Stepped.mine(d);
      assertThat(Stepped.pool(d)).isEmpty();
      assertThat(d.reader().head().txHashes()).hasSize(2).containsAll(waiting);
    }
    assertThat(journal()).isEmpty();
  }

  @Test
  void aBlockLeavesTheEntriesOfWhatItDidNotInclude() throws Exception {
    DevnetConfig cfg = DevnetConfig.defaults(dir).withPort(0).withBlockTimeMillis(0);
    Address to = Address.fromBytes(new byte[20]).orElseThrow();
    Set<Bytes32> pooled;
    try (Devnet d = Devnet.openStepped(cfg, () -> 1_700_000_000_000L)) {
      long chainId = d.chain().chainId();
      Stepped.submit(
          d,
          List.of(
              Rpc.transfer(chainId, d.devKeys().get(0), 0, to, 1),
              Rpc.transfer(chainId, d.devKeys().get(1), 2, to, 1)));
      Stepped.mine(d);
      pooled = Stepped.pool(d);
      assertThat(pooled).hasSize(1);
    }
    assertThat(journal()).isEqualTo(pooled);
  }

  /** The journal's hashes as stored, read after the node is closed. */
  private Set<Bytes32> journal() {
    return journal(dir);
  }

  /**
   * The hashes of the transactions the journal in {@code dir} holds (each once) that no stored
   * block includes: a group's entry may keep what a block included while others of the group wait,
   * and replay rejects those.
   */
  static Set<Bytes32> journal(Path dir) {
    Set<Bytes32> out = new HashSet<>();
    try (var kv = RocksKeyValueStore.open(dir.resolve("chain"), false)) {
      ChainStore store = new ChainStore(kv);
      Set<Bytes32> seen = new HashSet<>();
      kv.scan(
          NodeKeys.journalPrefix(),
          (k, v) -> {
            for (byte[] raw : PoolJournal.decode(v)) {
              Bytes32 h = Keccak256.digest(raw);
              assertThat(seen.add(h)).as("journaled once").isTrue();
              if (store.blockOf(h).isEmpty()) {
                out.add(h);
              }
            }
          });
    }
    return out;
  }
}
