package io.rampart.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChainStoreTest {
  private final Fixture fx = new Fixture(6, 31);

  private void runChain(ChainStore store, int blocks) {
    WorldState world = store.load(fx.cfg.hasher());
    long next = store.head().map(ChainStore.Head::nextBlock).orElse(0L);
    SystemQueue q = new SystemQueue();
    if (next == 0) {
      for (int i = 0; i < 5; i++) {
        q.add(fx.deposit(i, 0, fx.addresses.get(i), 1_000_000));
      }
    }
    Mempool pool = new Mempool(fx.cfg, MempoolConfig.defaults(), Fixture.ECDSA);
    Sequencer seq =
        new Sequencer(fx.cfg, world, pool, q, BatchPolicy.defaults(), next, Fixture.ECDSA);
    SplittableRandom rnd = new SplittableRandom(next);
    for (int b = 0; b < blocks; b++) {
      List<byte[]> raws = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        int idx = world.indexOf(fx.addresses.get(i));
        long nonce = idx < 0 ? 0 : world.account(idx).nonce();
        Address to =
            rnd.nextInt(4) == 0 ? ChainConfig.WITHDRAWAL_ADDRESS : fx.addresses.get(rnd.nextInt(6));
        raws.add(fx.transfer(i, to, nonce, rnd.nextInt(1, 1000)).encoded());
      }
      pool.admitAll(raws, world);
      L2Block block = seq.produceBlock(next + b, 0, 100);
      store.commitBlock(block, seq.lastDiff());
    }
    assertThat(store.head().orElseThrow().stateRoot()).isEqualTo(world.root());
  }

  @Test
  void inMemoryStoreKeepsBlocksAndState() {
    ChainStore store = new ChainStore(new InMemoryKeyValueStore());
    runChain(store, 4);
    WorldState loaded = store.load(fx.cfg.hasher());
    assertThat(loaded.root()).isEqualTo(store.head().orElseThrow().stateRoot());
    var b2 = store.block(2).orElseThrow();
    assertThat(b2.number()).isEqualTo(2);
    assertThat(b2.txHashes()).isNotEmpty();
    assertThat(store.blockOf(b2.txHashes().getFirst())).contains(2L);
    assertThat(loaded.withdrawalCount()).isPositive();
  }

  @Test
  void rocksStoreReopensWhereItStopped() throws IOException {
    Path dir = Files.createTempDirectory("rampart-chainstore");
    try {
      try (var kv = RocksKeyValueStore.open(dir, true)) {
        runChain(new ChainStore(kv), 3);
      }
      try (var kv = RocksKeyValueStore.open(dir, true)) {
        ChainStore store = new ChainStore(kv);
        assertThat(store.head().orElseThrow().nextBlock()).isEqualTo(3);
        runChain(store, 2);
        assertThat(store.head().orElseThrow().nextBlock()).isEqualTo(5);
      }
      try (var kv = RocksKeyValueStore.open(dir, true)) {
        ChainStore store = new ChainStore(kv);
        assertThat(store.load(fx.cfg.hasher()).root())
            .isEqualTo(store.head().orElseThrow().stateRoot());
      }
    } finally {
      TestDirs.delete(dir);
    }
  }

  @Test
  void tamperedStoredAccountIsDetectedOnLoad() {
    var kv = new InMemoryKeyValueStore();
    ChainStore store = new ChainStore(kv);
    runChain(store, 1);
    byte[] key = {'A', 0, 0, 0, 0};
    byte[] v = kv.get(key).orElseThrow();
    v[35] ^= 1;
    kv.write(new WriteBatch().put(key, v));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.load(fx.cfg.hasher()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("differs from head");
  }

  @Test
  void hundredThousandAccountsReopenFromRocks() throws IOException {
    Path dir = Files.createTempDirectory("rampart-chainstore-big");
    int n = 100_000;
    try {
      WorldState w = new WorldState(fx.cfg.hasher());
      int[] idx = new int[n];
      Account[] acc = new Account[n];
      SplittableRandom r = new SplittableRandom(3);
      for (int i = 0; i < n; i++) {
        byte[] a = new byte[20];
        r.nextBytes(a);
        idx[i] = i;
        acc[i] = new Account(Address.fromBytes(a).orElseThrow(), i % 7, r.nextLong(1, 1L << 40));
      }
      StateDiff diff = new StateDiff(idx, acc, List.of());
      var root = w.apply(diff);
      try (var kv = RocksKeyValueStore.open(dir, true)) {
        new ChainStore(kv)
            .commitBlock(new L2Block(0, 0, 0, List.<L2Tx>of(), List.of(), root), diff);
      }
      long t0 = System.nanoTime();
      try (var kv = RocksKeyValueStore.open(dir, true)) {
        WorldState loaded = new ChainStore(kv).load(fx.cfg.hasher());
        assertThat(loaded.root()).isEqualTo(root);
        assertThat(loaded.nextIndex()).isEqualTo(n);
      }
      assertThat((System.nanoTime() - t0) / 1e9).as("seconds to reopen").isLessThan(10);
    } finally {
      TestDirs.delete(dir);
    }
  }
}
