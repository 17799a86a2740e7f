package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.Node;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.node.Rpc;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devnet running the optimistic rollup on its embedded L1, stepped on an injected clock (no
 * threads, no sleeping): deposits through the bridge, batches in the inbox paying L1 gas, output
 * roots proposed and final after the window, withdrawals paid on L1, a forged root challenged and
 * rejected, and all of it kept across a restart.
 */
class RollupDevnetTest {
  private static final long START = 1_700_000_000_000L;
  private static final Address CAROL =
      Address.tryParse("0x3333333333333333333333333333333333333333").orElseThrow();

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(START);

  private Devnet open() {
    return open(4);
  }

  private Devnet open(long batchAgeSeconds) {
    DevnetConfig cfg =
        DevnetConfig.defaults(dir)
            .withPort(0)
            .withBlockTimeMillis(0)
            .withBatchPolicy(new BatchPolicy(120_000, batchAgeSeconds))
            .withRollup(new RollupSettings(2, 20, 4, 10));
    return Devnet.openStepped(cfg, clock::get);
  }

  /** One second: the L1 runs up to the clock, the L2 takes what it forwarded and seals a block. */
  private static void tick(Devnet d, AtomicLong clock) throws InterruptedException {
    clock.addAndGet(1_000);
    d.l1().sync();
    CompletableFuture<BlockRecord> mined = d.mine();
    while (!mined.isDone()) {
      d.loop().step();
    }
    d.l1().sync();
  }

  private void until(Devnet d, BooleanSupplier done, int maxSeconds) throws InterruptedException {
    for (int i = 0; i < maxSeconds && !done.getAsBoolean(); i++) {
      tick(d, clock);
    }
    assertThat(done.getAsBoolean()).as("reached within " + maxSeconds + " s").isTrue();
  }

  private static long l2Balance(Devnet d, Address a) {
    return d.reader().account(a).map(x -> x.balanceGwei()).orElse(0L);
  }

  /** The answer of an L1 read or a sequencer query (not of anything that waits for a block). */
  private static <T> T now(CompletableFuture<T> f, Devnet d) {
    d.l1().sync();
    if (!f.isDone()) {
      try {
        d.loop().step();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    return f.join();
  }

  @Test
  void aDepositThroughTheL1BridgeArrivesOnL2() throws Exception {
    try (Devnet d = open()) {
      PrivateKey dev0 = d.devKeys().get(0);
      // genesis: the dev accounts were funded through the bridge, so derivation rebuilds block 0
      assertThat(l2Balance(d, dev0.address())).isEqualTo(DevnetConfig.DEFAULT_BALANCE_GWEI);
      assertThat(d.l1().chain.balance(RollupL1.BRIDGE))
          .isEqualTo(Wei.ofGwei(DevnetConfig.DEFAULT_BALANCE_GWEI).times(10));

      var f = d.rollup().deposit(L1Reader.toL1(dev0.address()), CAROL, 5);
      until(d, f::isDone, 10);
      var in = (RollupViews.Included) f.join();
      assertThat(in.receipt().succeeded()).isTrue();
      L2Tx.Deposit dep = (L2Tx.Deposit) in.l2().orElseThrow();
      assertThat(dep.id()).isEqualTo(10); // after the ten genesis deposits
      assertThat(dep.to()).isEqualTo(CAROL);
      until(d, () -> l2Balance(d, CAROL) == 5, 5);
      assertThat(d.reader().locate(dep.hash())).isPresent();
    }
  }

  @Test
  void batchesArePostedPayingL1GasAndDerivationRebuildsTheChain() throws Exception {
    try (Devnet d = open()) {
      PrivateKey dev1 = d.devKeys().get(1);
      d.submit(List.of(Rpc.transfer(d.chain().chainId(), dev1, 0, CAROL, 7)));
      tick(d, clock);
      assertThat(l2Balance(d, CAROL)).isEqualTo(7);
      assertThat(d.metrics().l1GasSpent.sum()).isZero();
      until(d, () -> d.l1().state().batchesPosted() >= 1 && d.l1().honest.refresh() >= 2, 20);
      assertThat(d.metrics().l1GasSpent.sum()).isGreaterThan(21_000);
      RollupViews.L1Status s = now(d.rollup().status(), d);
      assertThat(s.sequencerGas()).isGreaterThan(21_000);
      assertDerivationAgrees(d);
    }
  }

  /** Every block derivation rebuilt from L1 has the hash and state root the sequencer stored. */
  private static long assertDerivationAgrees(Devnet d) {
    long derived = d.l1().honest.refresh();
    for (long n = 0; n < derived; n++) {
      var mine = d.reader().block(n).orElseThrow();
      var theirs = d.l1().honest.chainTrace().block(n);
      assertThat(theirs.l1Origin()).isEqualTo(mine.l1Origin());
      assertThat(theirs.timestamp()).isEqualTo(mine.timestamp());
      assertThat(theirs.txs().stream().map(L2Tx::hash).toList()).isEqualTo(mine.txHashes());
      assertThat(d.l1().honest.chainTrace().output(n).stateRoot()).isEqualTo(mine.stateRoot());
    }
    return derived;
  }

  @Test
  void aForcedTransactionGoesThroughTheInboxAndTheSequencerFollowsDerivation() throws Exception {
    try (Devnet d = open()) {
      PrivateKey dev4 = d.devKeys().get(4);
      var f =
          d.rollup()
              .forceInclude(
                  L1Reader.toL1(dev4.address()),
                  Rpc.transfer(d.chain().chainId(), dev4, 0, CAROL, 2));
      var junk = d.rollup().forceInclude(L1Reader.toL1(dev4.address()), new byte[] {1, 2});
      // ordinary traffic goes on meanwhile
      d.submit(List.of(Rpc.transfer(d.chain().chainId(), d.devKeys().get(5), 0, CAROL, 1)));
      until(d, () -> f.isDone() && junk.isDone(), 10);
      L2Tx forced = ((RollupViews.Included) f.join()).l2().orElseThrow();
      L2Tx bad = ((RollupViews.Included) junk.join()).l2().orElseThrow();
      assertThat(((L2Tx.Forced) bad).id()).isEqualTo(((L2Tx.Forced) forced).id() + 1);
      until(d, () -> l2Balance(d, CAROL) == 3, 30);
      long at = d.reader().locate(forced.hash()).orElseThrow().block().number();
      assertThat(d.reader().locate(bad.hash())).isPresent();
      // derivation made the forced block itself; the sequencer's chain is the derived one
      until(d, () -> d.l1().honest.refresh() > at + 1, 30);
      assertThat(assertDerivationAgrees(d)).isGreaterThan(at + 1);
    }
  }

  @Test
  void aWithdrawalIsPaidOnL1AfterTheWindow() throws Exception {
    try (Devnet d = open()) {
      PrivateKey dev2 = d.devKeys().get(2);
      byte[] raw = Rpc.transfer(d.chain().chainId(), dev2, 0, ChainConfig.WITHDRAWAL_ADDRESS, 3);
      d.submit(List.of(raw));
      tick(d, clock);
      var h =
          ((io.rampart.chain.stf.Checked.Ok)
                  io.rampart.chain.stf.TxChecks.check(d.chain(), raw, d.ecdsa()))
              .tx()
              .hash();
      long block = d.reader().locate(h).orElseThrow().block().number();
      long index = d.reader().withdrawalIndexOf(h).orElseThrow();
      var w = now(d.query(a -> a.world().withdrawal(index)), d);
      assertThat(now(d.rollup().withdrawal(index, block), d).stage()).isEqualTo("sealed");
      until(d, () -> now(d.rollup().withdrawal(index, block), d).stage().equals("proposed"), 30);
      // too early: nothing final covers it yet, and nothing changes
      var early = now(d.rollup().finalizeWithdrawal(w, block), d);
      assertThat(early).isInstanceOf(RollupViews.Refused.class);
      assertThat(((RollupViews.Refused) early).reason()).isEqualTo("NOT_FINAL");
      until(d, () -> now(d.rollup().withdrawal(index, block), d).stage().equals("final"), 40);
      Wei before = d.l1().chain.balance(L1Reader.toL1(dev2.address()));
      var f = d.rollup().finalizeWithdrawal(w, block);
      until(d, f::isDone, 10);
      var paid = (RollupViews.Included) f.join();
      assertThat(paid.receipt().succeeded()).isTrue();
      // the owner sent the claim itself, so it paid the gas and received the 3 gwei
      assertThat(d.l1().chain.balance(L1Reader.toL1(dev2.address())))
          .isEqualTo(before.plus(Wei.ofGwei(3)).minus(paid.receipt().fee()));
      assertThat(now(d.rollup().withdrawal(index, block), d).stage()).isEqualTo("paid");
      var again = now(d.rollup().finalizeWithdrawal(w, block), d);
      assertThat(((RollupViews.Refused) again).reason()).isEqualTo("ALREADY_WITHDRAWN");
    }
  }

  @Test
  void aForgedProposalIsChallengedAndTheLiarLosesItsBond() throws Exception {
    try (Devnet d = open()) {
      d.submit(List.of(Rpc.transfer(d.chain().chainId(), d.devKeys().get(3), 0, CAROL, 1)));
      tick(d, clock);
      assertThat(now(d.rollup().forgeNextProposal(), d)).isTrue();
      Wei proposer = d.l1().chain.balance(RollupL1.PROPOSER);
      Wei challenger = d.l1().chain.balance(RollupL1.CHALLENGER);
      until(d, () -> forged(d) >= 0 && d.metrics().disputesOpen.get() == 1, 40);
      long p = forged(d);
      until(d, () -> commitment(d, p).status().equals("rejected"), 120);
      assertThat(d.metrics().disputesOpen.get()).isZero();
      RollupViews.Game g = now(d.rollup().game(p), d).orElseThrow();
      assertThat(g.result()).isEqualTo(DisputeGame.RESULT_CHALLENGER_WINS);
      assertThat(g.heldGwei()).isZero();
      Node root = g.nodes().get(0).node();
      assertThat(root.resolution()).isEqualTo(Node.Resolution.COUNTERED);
      assertThat(root.claimant()).isEqualTo(RollupL1.PROPOSER);
      Node counter = g.nodes().get(1).node();
      assertThat(counter.claimant()).isEqualTo(RollupL1.CHALLENGER);
      assertThat(counter.resolution()).isEqualTo(Node.Resolution.STANDS);
      long bond = d.l1().game.params().bondGwei(0);
      long burnt = bond * d.l1().game.params().burnPercent() / 100;
      // the challenger won the liar's bond less the burnt share (less its own gas, under 0.01 ETH)
      Wei gained = d.l1().chain.balance(RollupL1.CHALLENGER).minus(challenger);
      assertThat(gained.compareTo(Wei.ofGwei(bond - burnt - 10_000_000))).isPositive();
      assertThat(gained.compareTo(Wei.ofGwei(bond - burnt))).isNegative();
      assertThat(
              d.l1().chain.balance(RollupL1.PROPOSER).compareTo(proposer.minus(Wei.ofGwei(bond))))
          .isNegative();
      // honest proposals made since are untouched and become final
      until(d, () -> commitment(d, p + 1).status().equals("final"), 60);
    }
  }

  @Test
  void aRestartKeepsTheL1AndTheGames() throws Exception {
    long forgedIndex;
    List<RollupViews.Commitment> before;
    io.rampart.crypto.Bytes32 l1Hash;
    long l1Head;
    try (Devnet d = open()) {
      var f = d.rollup().deposit(L1Reader.toL1(d.devKeys().get(0).address()), CAROL, 9);
      until(d, f::isDone, 10);
      now(d.rollup().forgeNextProposal(), d);
      until(d, () -> forged(d) >= 0 && d.metrics().disputesOpen.get() == 1, 40);
      forgedIndex = forged(d);
      before = now(d.rollup().commitments(0, 1000), d);
      l1Head = d.l1().chain.head().number();
      l1Hash = d.l1().chain.head().hash();
    }
    try (Devnet d = open()) {
      d.l1().sync();
      assertThat(d.l1().chain.blockHash(l1Head)).contains(l1Hash);
      List<RollupViews.Commitment> after = now(d.rollup().commitments(0, 1000), d);
      assertThat(after.subList(0, before.size())).isEqualTo(before);
      assertThat(d.metrics().disputesOpen.get()).isEqualTo(1);
      assertThat(l2Balance(d, CAROL)).isEqualTo(9);
      // the game goes on after the restart and the challenger still wins it
      until(d, () -> commitment(d, forgedIndex).status().equals("rejected"), 120);
      var next = d.rollup().deposit(L1Reader.toL1(d.devKeys().get(0).address()), CAROL, 1);
      until(d, next::isDone, 10);
      assertThat(((L2Tx.Deposit) ((RollupViews.Included) next.join()).l2().orElseThrow()).id())
          .isEqualTo(11);
      until(d, () -> l2Balance(d, CAROL) == 10, 5);
    }
  }

  @Test
  void blocksACrashLeftOutOfEveryBatchAreBatchedAtTheNextStart() throws Exception {
    long head;
    try (Devnet d = open(3_600)) { // no batch closes by age; the stepped close does not flush
      for (int i = 0; i < 3; i++) {
        d.submit(List.of(Rpc.transfer(d.chain().chainId(), d.devKeys().get(6), i, CAROL, 1)));
        tick(d, clock);
      }
      head = d.reader().head().number();
      assertThat(d.reader().batchCount()).isZero();
      assertThat(d.l1().honest.refresh()).isZero();
    }
    try (Devnet d = open(3_600)) {
      assertThat(d.reader().batchCount()).isEqualTo(1);
      until(d, () -> d.l1().honest.refresh() > head, 10);
      assertDerivationAgrees(d);
      assertThat(l2Balance(d, CAROL)).isEqualTo(3);
    }
  }

  private long forged(Devnet d) {
    for (RollupViews.Commitment c : now(d.rollup().commitments(0, 1000), d)) {
      if (c.forged()) {
        return c.index();
      }
    }
    return -1;
  }

  private RollupViews.Commitment commitment(Devnet d, long p) {
    List<RollupViews.Commitment> all = now(d.rollup().commitments(p, 1), d);
    return all.isEmpty()
        ? new RollupViews.Commitment(p, 0, 0, null, null, null, 0, 0, "none", -1, null, 0, 0, false)
        : all.get(0);
  }
}
