package io.rampart.models.optimistic.demo;

import static io.rampart.models.optimistic.demo.DemoResult.eth;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.stf.Receipt;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.models.optimistic.demo.DemoResult.Check;
import io.rampart.models.optimistic.demo.DemoResult.Row;
import io.rampart.models.optimistic.game.GameParams;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo's closing table; every figure is read from the run. */
final class Summary {
  private Summary() {}

  static List<Row> rows(DemoStory s, StoryLog log, List<Check> checks) {
    GameParams gp = s.w.setup.params();
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "security model",
            "optimistic rollup: fraud proofs (permissionless bisection game, one-step proof"
                + " re-executed on L1), "
                + days(gp.challengeWindow())
                + " challenge window; safe with one honest challenger; forced queue delay "
                + s.w.setup.forceDelaySeconds() / 60
                + " min"));
    int[] kinds = new int[Receipt.Kind.values().length];
    int total = 0;
    for (L2Block b : s.l2Blocks()) {
      for (Receipt r : b.receipts()) {
        kinds[r.kind().ordinal()]++;
        total++;
      }
    }
    rows.add(
        new Row(
            "L2 transactions",
            String.format(
                "%d in %d L2 blocks: transfers %d, withdrawals %d, deposits %d, forced %d",
                total,
                s.l2Blocks().size(),
                kinds[Receipt.Kind.TRANSFER.ordinal()],
                kinds[Receipt.Kind.WITHDRAWAL.ordinal()],
                kinds[Receipt.Kind.DEPOSIT.ordinal()],
                kinds[Receipt.Kind.FORCED_TRANSFER.ordinal()]
                    + kinds[Receipt.Kind.FORCED_WITHDRAWAL.ordinal()])));
    long gas = 0;
    long bytes = 0;
    long txs = 0;
    for (StoryLog.BatchPost b : log.batches) {
      gas += b.gas();
      bytes += b.calldataBytes();
      txs += b.l2Txs();
    }
    long proposals = 0;
    for (Timeline.Entry e : s.w.timeline.entries()) {
      if (e.who().equals("proposer") && e.what().startsWith("ProposeOutput")) {
        proposals += e.gas();
      }
    }
    rows.add(
        new Row(
            "L1 gas per L2 transaction",
            txs == 0
                ? "no batch carried a user transaction"
                : String.format(
                    "%,d gas and %d bytes (calldata batches: %d batches, %d sequenced txs);"
                        + " %,d with the honest proposals",
                    gas / txs, bytes / txs, log.batches.size(), txs, (gas + proposals) / txs)));
    rows.add(new Row("time to finality", finality(s)));
    rows.add(new Row("dispute", dispute(s, gp)));
    long held = checks.stream().filter(Check::held).count();
    rows.add(
        new Row(
            "invariants checked",
            String.format(
                "3 after each of %,d events (game bonds held = unresolved bonds; no wrong root"
                    + " final; bridge escrow = L2 supply + in flight): %s; story checks: %d of %d"
                    + " held",
                s.w.world.eventsProcessed(),
                s.stoppedBy.isPresent() ? "BROKEN" : "held",
                held,
                checks.size())));
    return rows;
  }

  private static String finality(DemoStory s) {
    long slot = s.w.chain.config().slot().toSeconds();
    StringBuilder b =
        new StringBuilder(
            dataOnL1(s)
                .map(
                    l ->
                        "every transfer's data on L1 at most "
                            + l
                            + " s after it was signed (L1 slot "
                            + slot
                            + " s); ")
                .orElse("a sequenced transfer was not posted; "));
    long p = s.proposalBy(s.proposer, DemoStory.blockOf(s.find(s.aliceWithdrawal.hash())));
    if (p >= 0 && s.w.settledAt(p).isPresent()) {
      long created = s.w.proposal(p).createdAt();
      long fin = s.w.settledAt(p).get();
      b.append("final ")
          .append(DemoResult.duration(fin - created))
          .append(" after its proposal; alice's withdrawal signed ")
          .append(DemoResult.clock(s.aliceWithdrawal.time()));
      var paid = s.claims.get("alice (after the window)");
      if (paid != null && paid.receipt().succeeded()) {
        b.append(", paid on L1 ").append(DemoResult.clock(paid.receipt().blockNumber() * slot));
      }
    } else {
      b.append("no honest proposal became final");
    }
    return b.toString();
  }

  /**
   * The longest wait, over the story's sequenced transfers, from signing to the L1 block whose
   * batch posted the L2 block holding it, in seconds; empty if a transfer is in no posted block.
   * (The sequencer's own confirmation is not recorded on L1 or L2, so the summary claims nothing
   * about it.)
   */
  static Optional<Long> dataOnL1(DemoStory s) {
    Map<Long, Long> postedAt = new HashMap<>();
    for (L1Reader.PostedBatch p : s.observer.postedBatches()) {
      if (BatchCodec.decode(p.data(), OptimisticWorld.CHAIN_ID)
          instanceof BatchDecodeResult.Decoded(Batch b)) {
        long t = s.w.chain.block(p.l1Block()).orElseThrow().timestamp();
        for (int k = 0; k < b.blocks().size(); k++) {
          postedAt.putIfAbsent(b.firstBlock() + k, t);
        }
      }
    }
    long max = 0;
    for (DemoStory.Planned p : s.transfers) {
      Optional<DemoStory.Found> f = s.find(p.hash());
      if (f.isEmpty() || !postedAt.containsKey(f.get().block().number())) {
        return Optional.empty();
      }
      max = Math.max(max, postedAt.get(f.get().block().number()) - p.time());
    }
    return Optional.of(max);
  }

  private static String dispute(DemoStory s, GameParams gp) {
    long p = s.proposalBy(s.mallory, -1);
    if (p < 0) {
      return "none";
    }
    var v = s.w.proposal(p);
    CommitmentStatus st = s.w.status(p);
    long bound = gp.settleBound(v.l2Block() - v.anchorBlock(), maxTxs(s));
    String settled =
        s.w
            .settledAt(p)
            .map(t -> "settled " + DemoResult.duration(t - v.createdAt()) + " after the proposal")
            .orElse("not settled");
    long won = 0;
    for (var m : s.w.timeline.bonds()) {
      if (m.proposal() == p && m.to().equals("challenger")) {
        won += m.gwei();
      }
    }
    return String.format(
        "game %d: %s, %d nodes, %s (bound %s); challenger L1 gas %,d, bonds won %s; mallory L1"
            + " gas %,d",
        p,
        st instanceof CommitmentStatus.Rejected ? "REJECTED" : st.toString(),
        v.nodeCount(),
        settled,
        DemoResult.duration(bound),
        s.w.timeline.gasByWho().getOrDefault("challenger", 0L),
        eth(won),
        s.w.timeline.gasByWho().getOrDefault("mallory", 0L));
  }

  private static int maxTxs(DemoStory s) {
    int m = 1;
    for (L2Block b : s.l2Blocks()) {
      m = Math.max(m, b.txs().size());
    }
    return m;
  }

  private static String days(long seconds) {
    return seconds % 86_400 == 0 ? seconds / 86_400 + "-day" : seconds + " s";
  }
}
