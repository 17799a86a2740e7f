package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.store.RocksKeyValueStore;
import io.rampart.chain.store.WriteBatch;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart puts back exactly the pool it stopped with, from a journal kept by admission group:
 * after a replacement and an eviction (transactions that left their group while others stayed), and
 * after a block that included part of a group. The store's journal holds the pool's transactions,
 * each once, at every point. Driven step by step on an injected clock.
 */
class JournalReplayTest {
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
  private static final Address TO = Address.fromBytes(new byte[20]).orElseThrow();

  @TempDir Path dir;

  private DevnetConfig config() {
    DevnetConfig d = DevnetConfig.defaults(dir).withPort(0).withBlockTimeMillis(0);
    return new DevnetConfig(
        d.dataDir(),
        d.rpcPort(),
        d.chainId(),
        d.accounts(),
        d.mnemonic(),
        d.accountBalanceGwei(),
        d.blockTimeMillis(),
        d.blockGasLimit(),
        d.sync(),
        d.limits(),
        7, // a full pool evicts
        d.poolMaxPerSender(),
        d.batchPolicy(),
        d.rollup());
  }

  @Test
  void aRestartReplaysExactlyThePool() throws Exception {
    Set<Bytes32> before;
    Bytes32 evicted;
    Bytes32 replaced;
    Bytes32 waiting;
    try (Devnet d = Devnet.openStepped(config(), () -> 1_700_000_000_000L)) {
      List<PrivateKey> k = d.devKeys();
      long id = d.chain().chainId();
      List<byte[]> first = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        first.add(tx(id, k.get(0), n, 3, 2));
      }
      first.add(tx(id, k.get(1), 0, 3, 2));
      first.add(tx(id, k.get(1), 1, 3, 2));
      first.add(tx(id, k.get(2), 5, 1, 1)); // waits for nonce 0, pays least: evicted below
      first.add(tx(id, k.get(4), 3, 3, 2)); // waits for nonce 0 through the block
      List<AdmitResult> rs = Stepped.submit(d, first);
      assertThat(rs).allMatch(r -> r instanceof AdmitResult.Added);
      replaced = Keccak256.digest(first.get(4));
      evicted = Keccak256.digest(first.get(5));
      waiting = Keccak256.digest(first.get(6));

      rs = Stepped.submit(d, List.of(tx(id, k.get(1), 1, 4, 3), tx(id, k.get(3), 0, 4, 3)));
      assertThat(rs.get(0))
          .isInstanceOfSatisfying(
              AdmitResult.Replaced.class, r -> assertThat(r.replaced().hash()).isEqualTo(replaced));
      assertThat(rs.get(1))
          .isInstanceOfSatisfying(
              AdmitResult.Added.class,
              a -> assertThat(a.evicted().map(t -> t.hash())).contains(evicted));
      before = Stepped.pool(d);
      assertThat(before).hasSize(7).doesNotContain(replaced, evicted);
    }
    assertThat(JournalCleanupTest.journal(dir)).isEqualTo(before);

    try (Devnet d = Devnet.openStepped(config(), () -> 1_700_000_000_000L)) {
      assertThat(d.replayedFromJournal()).isEqualTo(7);
      assertThat(Stepped.pool(d)).isEqualTo(before);
      Stepped.mine(d);
      assertThat(d.reader().head().txHashes()).hasSize(6);
      assertThat(Stepped.pool(d)).containsExactly(waiting);
    }
    assertThat(JournalCleanupTest.journal(dir)).containsExactly(waiting);

    try (Devnet d = Devnet.openStepped(config(), () -> 1_700_000_000_000L)) {
      assertThat(d.replayedFromJournal()).isEqualTo(1);
      assertThat(Stepped.pool(d)).containsExactly(waiting);
    }
  }

  @Test
  void entriesOfTheFormerLayoutAreReplayedAndMigrated() throws Exception {
    byte[] raw;
    try (Devnet d = Devnet.openStepped(config(), () -> 1_700_000_000_000L)) {
      raw = tx(d.chain().chainId(), d.devKeys().get(0), 0, 2, 1);
    }
    Bytes32 h = Keccak256.digest(raw);
    try (var kv = RocksKeyValueStore.open(dir.resolve("chain"), true)) {
      kv.write(new WriteBatch().put(NodeKeys.journal(h), raw));
    }
    try (Devnet d = Devnet.openStepped(config(), () -> 1_700_000_000_000L)) {
      assertThat(d.replayedFromJournal()).isEqualTo(1);
      assertThat(Stepped.pool(d)).containsExactly(h);
    }
    List<Integer> keyLengths = new ArrayList<>();
    try (var kv = RocksKeyValueStore.open(dir.resolve("chain"), false)) {
      kv.scan(NodeKeys.journalPrefix(), (k, v) -> keyLengths.add(k.length));
    }
    assertThat(keyLengths).containsExactly(NodeKeys.JOURNAL_GROUP_KEY);
    assertThat(JournalCleanupTest.journal(dir)).containsExactly(h);
  }

  /** A transfer paying {@code maxFee} and {@code tip} gwei per gas. */
  private static byte[] tx(long chainId, PrivateKey key, long nonce, long maxFee, long tip) {
    var t =
        new DynamicFeeTransaction(
            chainId,
            nonce,
            GWEI.multiply(BigInteger.valueOf(tip)),
            GWEI.multiply(BigInteger.valueOf(maxFee)),
            21_000,
            Optional.of(TO),
            GWEI,
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(t, key, Ecdsa.defaultInstance()).encoded();
  }
}
