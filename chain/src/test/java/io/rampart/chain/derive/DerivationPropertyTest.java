package io.rampart.chain.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.TraceReplay;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DerivationPropertyTest {

  @Property(tries = 12)
  void derivationFromPostedBatchesReproducesSequencerRoots(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    check(new Fixture(12, seed), seed);
  }

  /** The same with the Poseidon2 hasher: the rules do not depend on the tree hash. */
  @Property(tries = 3)
  void derivationReproducesRootsUnderPoseidon2(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    check(
        new Fixture(
            12,
            seed,
            io.rampart.crypto.poseidon2.Poseidon2Hasher.INSTANCE,
            io.rampart.chain.fee.FeeParams.defaults()),
        seed);
  }

  private void check(Fixture fx, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    WorldState world = new WorldState(fx.cfg.hasher());
    WorldState replayBase = new WorldState(fx.cfg.hasher());
    Mempool pool = new Mempool(fx.cfg, MempoolConfig.defaults(), Fixture.ECDSA);
    SystemQueue queue = new SystemQueue();
    Sequencer seq =
        new Sequencer(fx.cfg, world, pool, queue, new BatchPolicy(2_000, 3), 0, Fixture.ECDSA);
    Derivation derivation = new Derivation(fx.cfg, Fixture.ECDSA);
    List<L2Block> produced = new ArrayList<>();
    long depositId = 0;
    long[] nonces = new long[fx.keys.size()];
    for (long l1 = 1; l1 <= 12; l1++) {
      List<L1Item> items = new ArrayList<>();
      for (int k = 0; l1 == 1 && k < fx.keys.size() - 2; k++) {
        var d = fx.deposit(depositId++, l1, fx.addresses.get(k), 2_000_000);
        queue.add(d);
        items.add(new L1Item.DepositMade(d));
      }
      if (rnd.nextInt(4) == 0) {
        int to = rnd.nextInt(fx.keys.size());
        var d = fx.deposit(depositId++, l1, fx.addresses.get(to), 1_000_000 + rnd.nextInt(1000));
        queue.add(d);
        items.add(new L1Item.DepositMade(d));
      }
      List<byte[]> raws = new ArrayList<>();
      for (int t = 0; t < 10; t++) {
        int from = rnd.nextInt(fx.keys.size());
        Address to =
            switch (rnd.nextInt(6)) {
              case 0 -> ChainConfig.WITHDRAWAL_ADDRESS;
              case 1 -> Fixture.randomAddress(rnd);
              default -> fx.addresses.get(rnd.nextInt(fx.keys.size()));
            };
        long nonce = rnd.nextInt(8) == 0 ? nonces[from] + 3 : nonces[from];
        var tx =
            rnd.nextBoolean()
                ? fx.transfer(from, to, nonce, rnd.nextInt(5_000))
                : fx.legacyTransfer(from, to, nonce, rnd.nextInt(5_000));
        raws.add(tx.encoded());
      }
      pool.admitAll(raws, world);
      for (int b = 0; b < 2; b++) {
        // Per-transaction roots are recomputed on a fork of the parent trees before committing.
        L2Block block = seq.produceBlock(l1 * 10 + b, l1, 50);
        produced.add(block);
        for (L2Tx tx : block.txs()) {
          if (tx instanceof L2Tx.UserTx u) {
            nonces[fx.addresses.indexOf(u.sender())] = u.nonce() + 1;
          }
        }
        List<Bytes32> perTx =
            TraceReplay.perTxRoots(fx.cfg, replayBase, replayBase.trees(), block, Fixture.ECDSA);
        if (!perTx.isEmpty()) {
          assertThat(perTx.getLast()).isEqualTo(block.stateRoot());
        }
        replayBase.apply(Fixture.diffOf(fx.cfg, replayBase, block));
        assertThat(replayBase.root()).isEqualTo(block.stateRoot());
      }
      seq.closeBatchIfDue(l1 * 10 + 1)
          .ifPresent(batch -> items.add(new L1Item.BatchPosted(BatchCodec.encode(batch))));
      if (l1 == 12) {
        seq.flush().ifPresent(batch -> items.add(new L1Item.BatchPosted(BatchCodec.encode(batch))));
      }
      derivation.onL1Block(new L1Block(l1, items));
    }
    long transfers =
        produced.stream()
            .flatMap(b -> b.txs().stream())
            .filter(t -> t instanceof L2Tx.UserTx)
            .count();
    assertThat(transfers).as("transfers sequenced").isGreaterThan(30);
    assertThat(derivation.skipped()).isEmpty();
    assertThat(derivation.blocks().stream().map(L2Block::stateRoot).toList())
        .isEqualTo(produced.stream().map(L2Block::stateRoot).toList());
    assertThat(derivation.world().root()).isEqualTo(world.root());
  }
}
