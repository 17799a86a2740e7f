package io.rampart.chain.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.L2Tx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DerivationTest {
  private final Fixture fx = new Fixture(4, 21);
  private Sequencer seq;
  private L2Tx.Deposit d0;
  private L2Tx.Deposit d1;

  @BeforeEach
  void setUp() {
    WorldState world = new WorldState(fx.cfg.hasher());
    Mempool pool = new Mempool(fx.cfg, MempoolConfig.defaults(), Fixture.ECDSA);
    SystemQueue q = new SystemQueue();
    d0 = fx.deposit(0, 1, fx.addresses.get(0), 1_000_000);
    d1 = fx.deposit(1, 1, fx.addresses.get(1), 1_000_000);
    q.add(d0);
    q.add(d1);
    seq = new Sequencer(fx.cfg, world, pool, q, BatchPolicy.defaults(), 0, Fixture.ECDSA);
  }

  private L1Block depositsAt1() {
    return new L1Block(1, List.of(new L1Item.DepositMade(d0), new L1Item.DepositMade(d1)));
  }

  /** Block 0 (the deposits) and block 1 (three transfers), as one batch. */
  private Batch twoBlocks() {
    seq.produceBlock(10, 1, 100);
    var results =
        seq.pool()
            .admitAll(
                List.of(
                    fx.transfer(0, fx.addresses.get(2), 0, 100).encoded(),
                    fx.transfer(0, fx.addresses.get(1), 1, 5).encoded(),
                    fx.legacyTransfer(1, fx.addresses.get(2), 0, 7).encoded()),
                seq.world());
    assertThat(results).allMatch(r -> r instanceof AdmitResult.Added);
    assertThat(seq.produceBlock(12, 2, 100).txs()).hasSize(3);
    return seq.flush().orElseThrow();
  }

  private static Batch replaceTx(Batch b, int block, int tx, CompactTx with) {
    List<Batch.Block> blocks = new ArrayList<>(b.blocks());
    List<CompactTx> txs = new ArrayList<>(blocks.get(block).txs());
    txs.set(tx, with);
    Batch.Block old = blocks.get(block);
    blocks.set(block, new Batch.Block(old.timestamp(), old.l1Origin(), txs));
    return new Batch(b.chainId(), b.firstBlock(), b.templates(), blocks);
  }

  private List<io.rampart.crypto.Bytes32> roots(Derivation d) {
    return d.blocks().stream().map(L2Block::stateRoot).toList();
  }

  @Test
  void batchWithATamperedSignatureIsSkippedAndTheHonestOneApplies() {
    Batch good = twoBlocks();
    CompactTx t = good.blocks().get(1).txs().get(0);
    Batch bad =
        replaceTx(
            good,
            1,
            0,
            new CompactTx(
                t.fromIndex(),
                t.to(),
                t.valueGwei(),
                t.template(),
                t.yParity(),
                t.r(),
                t.s().flipBit(200)));
    Derivation d = new Derivation(fx.cfg, Fixture.ECDSA);
    d.onL1Block(depositsAt1());
    d.onL1Block(
        new L1Block(
            2,
            List.of(
                new L1Item.BatchPosted(BatchCodec.encode(bad)),
                new L1Item.BatchPosted(BatchCodec.encode(good)))));
    assertThat(d.skipped()).hasSize(1);
    assertThat(d.skipped().getFirst().reason()).contains("block 1 tx 0");
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.world().root()).isEqualTo(seq.world().root());
  }

  @Test
  void batchSpendingMoreThanTheBalanceIsSkippedWhole() {
    Batch good = twoBlocks();
    CompactTx t = good.blocks().get(1).txs().get(1);
    Batch bad =
        replaceTx(
            good,
            1,
            1,
            new CompactTx(
                t.fromIndex(), t.to(), 999_999_999L, t.template(), t.yParity(), t.r(), t.s()));
    Derivation d = new Derivation(fx.cfg, Fixture.ECDSA);
    d.onL1Block(depositsAt1());
    d.onL1Block(new L1Block(2, List.of(new L1Item.BatchPosted(BatchCodec.encode(bad)))));
    assertThat(d.skipped()).hasSize(1);
    assertThat(d.blocks()).isEmpty();
    assertThat(d.world().nextIndex()).isZero();
  }

  @Test
  void outOfOrderFutureOriginAndMalformedBatchesAreSkipped() {
    Batch good = twoBlocks();
    Batch later = new Batch(good.chainId(), 7, good.templates(), good.blocks());
    Derivation d = new Derivation(fx.cfg, Fixture.ECDSA);
    d.onL1Block(depositsAt1());
    d.onL1Block(
        new L1Block(
            2,
            List.of(
                new L1Item.BatchPosted(new byte[] {1, 2, 3}),
                new L1Item.BatchPosted(BatchCodec.encode(later)))));
    // Block 1 of the batch names L1 origin 2; posted at L1 block 1... not possible, so post the
    // honest batch where its origin is still in the future relative to a derivation at block 1.
    Derivation early = new Derivation(fx.cfg, Fixture.ECDSA);
    early.onL1Block(
        new L1Block(
            1,
            List.of(
                new L1Item.DepositMade(d0),
                new L1Item.DepositMade(d1),
                new L1Item.BatchPosted(BatchCodec.encode(good)))));
    assertThat(d.skipped())
        .extracting(SkippedBatch::reason)
        .anySatisfy(r -> assertThat(r).startsWith("malformed"))
        .anySatisfy(r -> assertThat(r).contains("first block 7"));
    assertThat(early.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("l1 origin 2"));
    assertThat(d.blocks()).isEmpty();
    assertThat(early.blocks()).isEmpty();
  }

  @Test
  void twoNodesDeriveTheSameRoots() {
    Batch good = twoBlocks();
    List<L1Block> l1 =
        List.of(
            depositsAt1(),
            new L1Block(2, List.of(new L1Item.BatchPosted(BatchCodec.encode(good)))));
    Derivation a = new Derivation(fx.cfg, Fixture.ECDSA);
    Derivation b = new Derivation(fx.cfg, Fixture.ECDSA);
    l1.forEach(a::onL1Block);
    l1.forEach(b::onL1Block);
    assertThat(roots(a)).isEqualTo(roots(b)).hasSize(2);
    assertThat(a.world().root()).isEqualTo(seq.world().root());
  }

  @Test
  void forcedTransactionIsIncludedWhenItsDeadlinePassesWithoutTheSequencer() {
    var forced = new L2Tx.Forced(0, 2, 4, fx.transfer(0, fx.addresses.get(3), 0, 50).encoded());
    var invalid = new L2Tx.Forced(1, 2, 4, fx.transfer(1, fx.addresses.get(3), 5, 50).encoded());
    Derivation d = new Derivation(fx.cfg, Fixture.ECDSA);
    d.onL1Block(depositsAt1());
    d.onL1Block(
        new L1Block(
            2, List.of(new L1Item.ForcedSubmitted(forced), new L1Item.ForcedSubmitted(invalid))));
    d.onL1Block(new L1Block(3, List.of()));
    assertThat(d.blocks()).isEmpty();
    d.onL1Block(new L1Block(4, List.of()));
    assertThat(d.blocks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.l1Origin()).isEqualTo(4);
              assertThat(b.txs()).containsExactly(d0, d1, forced, invalid);
              assertThat(b.receipts())
                  .extracting(Receipt::success)
                  .containsExactly(true, true, true, false);
            });
    int to = d.world().indexOf(fx.addresses.get(3));
    assertThat(d.world().account(to).balanceGwei()).isEqualTo(50);
  }

  @Test
  void sequencerThatIncludesTheForcedTransactionMatchesDerivation() {
    var forced = new L2Tx.Forced(0, 2, 3, fx.transfer(0, fx.addresses.get(3), 0, 50).encoded());
    seq.queue().add(forced);
    seq.produceBlock(10, 1, 10);
    seq.produceBlock(11, 3, 10);
    Batch b = seq.flush().orElseThrow();
    Derivation d = new Derivation(fx.cfg, Fixture.ECDSA);
    d.onL1Block(depositsAt1());
    d.onL1Block(new L1Block(2, List.of(new L1Item.ForcedSubmitted(forced))));
    d.onL1Block(new L1Block(3, List.of(new L1Item.BatchPosted(BatchCodec.encode(b)))));
    assertThat(d.skipped()).isEmpty();
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.blocks().get(1).txs()).containsExactly(forced);
    assertThat(d.world().root()).isEqualTo(seq.world().root());
  }
}
