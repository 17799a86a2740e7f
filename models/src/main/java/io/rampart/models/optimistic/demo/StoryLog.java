package io.rampart.models.optimistic.demo;

import static io.rampart.models.optimistic.demo.DemoResult.eth;

import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.tx.L2Tx;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.exec.Log;
import io.rampart.models.optimistic.demo.DemoResult.Kind;
import io.rampart.models.optimistic.demo.DemoResult.Line;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's timeline, read back from what happened: every line comes from a canonical L1 block
 * (its transactions, receipts and logs) or from an L2 block derived from L1 data, so it says what
 * the chains hold, not what the story intended.
 */
final class StoryLog {
  /** A batch as posted: L1 gas and bytes, and the L2 transactions it carries. */
  record BatchPost(long time, long l1Block, long gas, int calldataBytes, int l2Txs) {}

  private final DemoStory s;
  private final List<Line> lines = new ArrayList<>();
  final List<BatchPost> batches = new ArrayList<>();

  StoryLog(DemoStory s) {
    this.s = s;
  }

  List<Line> build() {
    var chain = s.w.chain;
    for (long n = 1; n <= chain.head().number(); n++) {
      Block b = chain.block(n).orElseThrow();
      for (int i = 0; i < b.transactions().size(); i++) {
        l1(b, b.transactions().get(i), b.receipts().get(i));
      }
    }
    for (L2Block b : s.l2Blocks()) {
      l2(b);
    }
    bonds();
    lines.sort(Comparator.comparingLong(Line::time));
    return List.copyOf(lines);
  }

  private void add(long time, Kind kind, String who, String text) {
    lines.add(new Line(time, kind, who, text));
  }

  private void l1(Block b, L1Tx tx, io.rampart.l1.chain.Receipt r) {
    long t = b.timestamp();
    String who = s.name(tx.from());
    String gas = String.format("%,d gas", r.gasUsed());
    String outcome = r.succeeded() ? "" : " — REVERTED: " + r.revertReason();
    boolean bad = tx.from().equals(s.mallory);
    switch (tx.call()) {
      case Bridge.Deposit d ->
          add(
              t,
              Kind.L1,
              who,
              "deposits " + eth(tx.value().toGwei()) + " into the bridge (" + gas + ")" + outcome);
      case Inbox.PostBatch pb -> batch(b, pb, r, tx.calldataLength());
      case Inbox.ForceInclude f -> {
        String deadline = "";
        for (Log log : r.logs()) {
          deadline =
              Inbox.ForcedTxEvent.from(log, OptimisticWorld.INBOX)
                  .map(e -> ", deadline " + DemoResult.clock(e.deadline()))
                  .orElse(deadline);
        }
        add(
            t,
            Kind.L1,
            who,
            "puts the transaction into the inbox's forced queue ("
                + gas
                + deadline
                + ")"
                + outcome);
      }
      case GameCalls.ProposeOutput p ->
          add(
              t,
              bad ? Kind.ATTACK : Kind.PROPOSAL,
              who,
              "proposes L2 block "
                  + p.l2Block()
                  + " state root "
                  + p.stateRoot().toHex().substring(0, 12)
                  + "…, bond "
                  + eth(tx.value().toGwei())
                  + (bad ? " (FORGED)" : "")
                  + " ("
                  + gas
                  + ")"
                  + outcome);
      case GameCalls.Dissect d ->
          add(
              t,
              Kind.GAME,
              who,
              "game "
                  + d.proposal()
                  + ": disputes node "
                  + d.target()
                  + ", bisects it ("
                  + d.roots().size()
                  + " root, bond "
                  + eth(tx.value().toGwei())
                  + ", "
                  + gas
                  + ")"
                  + outcome);
      case GameCalls.Select sel ->
          add(
              t,
              Kind.GAME,
              who,
              "game "
                  + sel.proposal()
                  + ": answers node "
                  + sel.target()
                  + ", picks half "
                  + sel.part()
                  + " (bond "
                  + eth(tx.value().toGwei())
                  + ", "
                  + gas
                  + ")"
                  + outcome);
      case GameCalls.Step st ->
          add(
              t,
              Kind.GAME,
              who,
              "game "
                  + st.proposal()
                  + ": one-step proof on node "
                  + st.target()
                  + ", L1 re-executes the transaction ("
                  + gas
                  + ")"
                  + outcome);
      case GameCalls.Resolve res -> {}
      case Bridge.FinalizeWithdrawal f ->
          add(
              t,
              bad ? Kind.ATTACK : Kind.BRIDGE,
              who,
              "claims a withdrawal of "
                  + eth(f.withdrawal().amountGwei())
                  + " against proposal "
                  + f.commitmentIndex()
                  + ": "
                  + (r.succeeded() ? "PAID on L1" : "refused, " + r.revertReason())
                  + " ("
                  + gas
                  + ")");
      case null, default -> {}
    }
  }

  private void batch(Block b, Inbox.PostBatch pb, io.rampart.l1.chain.Receipt r, int bytes) {
    int txs = 0;
    String blocks = "";
    if (BatchCodec.decode(pb.data(), OptimisticWorld.CHAIN_ID)
        instanceof BatchDecodeResult.Decoded(var batch)) {
      txs = batch.txCount();
      blocks = "L2 block " + batch.firstBlock();
    }
    batches.add(new BatchPost(b.timestamp(), b.number(), r.gasUsed(), bytes, txs));
    String per =
        txs == 0
            ? "no user transactions, only L1-originated ones"
            : String.format(
                "%d tx%s → %,d gas and %d bytes per L2 tx",
                txs, txs == 1 ? "" : "s", r.gasUsed() / txs, bytes / txs);
    add(
        b.timestamp(),
        Kind.BATCH,
        "sequencer",
        String.format(
            "posts batch (%s): %,d gas, %d bytes of calldata; %s",
            blocks, r.gasUsed(), bytes, per));
  }

  private void l2(L2Block b) {
    // A block derived for an overdue forced transaction keeps the previous timestamp; show it
    // when L1 made it, at its L1 origin.
    long t = Math.max(b.timestamp(), s.w.chain.block(b.l1Origin()).orElseThrow().timestamp());
    for (int i = 0; i < b.txs().size(); i++) {
      L2Tx tx = b.txs().get(i);
      Receipt r = b.receipts().get(i);
      String where = "L2 block " + b.number() + ": ";
      String failed =
          r.success() ? "" : " — FAILED: " + r.failure().map(x -> x.message()).orElse("");
      switch (tx) {
        case L2Tx.Deposit d ->
            add(
                t,
                Kind.L2,
                s.l2Name(d.to()),
                where + "deposit credited, " + eth(d.amountGwei()) + failed);
        case L2Tx.UserTx u -> {
          String what =
              r.kind() == Receipt.Kind.WITHDRAWAL
                  ? "withdraws " + eth(u.valueGwei()) + " (burnt on L2, claimable on L1 once final)"
                  : "→ "
                      + s.l2Name(u.to())
                      + " "
                      + eth(u.valueGwei())
                      + (r.toCreated() ? " (new account)" : "");
          add(t, Kind.L2, s.l2Name(u.sender()), where + what + ", fee " + r.feesGwei() + " gwei");
        }
        case L2Tx.Forced f ->
            add(
                t,
                Kind.L2,
                "dave",
                where
                    + "forced transaction from the queue included (deadline L1 block "
                    + f.deadline()
                    + ", this block's L1 origin "
                    + b.l1Origin()
                    + "): "
                    + (r.kind() == Receipt.Kind.FORCED_WITHDRAWAL ? "withdraws " : "transfers ")
                    + eth(r.valueGwei())
                    + failed);
      }
    }
  }

  /** Resolutions, one line per proposal and time: the bonds each moved and to whom. */
  private void bonds() {
    List<Timeline.BondMove> all = s.w.timeline.bonds();
    for (int i = 0; i < all.size(); ) {
      Timeline.BondMove first = all.get(i);
      java.util.Map<String, Long> to = new java.util.TreeMap<>();
      long burnt = 0;
      int n = 0;
      for (;
          i < all.size()
              && all.get(i).time() == first.time()
              && all.get(i).proposal() == first.proposal();
          i++) {
        Timeline.BondMove m = all.get(i);
        to.merge(m.to(), m.gwei(), Long::sum);
        burnt += m.burntGwei();
        n++;
      }
      boolean slash = first.proposal() == s.proposalBy(s.mallory, -1);
      StringBuilder sb = new StringBuilder();
      sb.append(slash ? "mallory's game " : "game ").append(first.proposal()).append(": ");
      sb.append(n).append(n == 1 ? " node" : " nodes").append(" resolved; bonds paid:");
      to.forEach((k, v) -> sb.append(' ').append(eth(v)).append(" → ").append(k).append(','));
      sb.append(" burnt ").append(eth(burnt));
      add(first.time(), slash ? Kind.ATTACK : Kind.GAME, "game", sb.toString());
    }
  }
}
