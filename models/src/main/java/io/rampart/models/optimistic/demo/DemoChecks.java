package io.rampart.models.optimistic.demo;

import static io.rampart.models.optimistic.demo.DemoResult.clock;
import static io.rampart.models.optimistic.demo.DemoResult.eth;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.tx.L2Tx;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.exec.Log;
import io.rampart.models.optimistic.demo.DemoResult.Check;
import io.rampart.models.optimistic.demo.DemoResult.Kind;
import io.rampart.models.optimistic.demo.DemoResult.Line;
import io.rampart.models.optimistic.demo.DemoStory.Claim;
import io.rampart.models.optimistic.demo.DemoStory.Found;
import io.rampart.models.optimistic.demo.DemoStory.Planned;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.trace.ChainTrace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every claim the demo makes, checked against the final state of L1 and the derived L2. */
final class DemoChecks {
  private final DemoStory s;
  private final List<Check> checks = new ArrayList<>();

  private DemoChecks(DemoStory s) {
    this.s = s;
  }

  static DemoResult result(DemoStory s) {
    StoryLog log = new StoryLog(s);
    List<Line> lines = new ArrayList<>();
    notes(s, lines);
    lines.addAll(log.build());
    lines.sort(java.util.Comparator.comparingLong(Line::time));
    DemoChecks c = new DemoChecks(s);
    c.run();
    return new DemoResult(
        s.opts.seed(),
        lines,
        c.checks,
        Summary.rows(s, log, c.checks),
        s.w.world.eventsProcessed(),
        s.w.world.log().hash().toHex(),
        s.stoppedBy);
  }

  private static void notes(DemoStory s, List<Line> lines) {
    lines.add(
        new Line(
            0,
            Kind.NOTE,
            "cast",
            "alice, bob, carol, dave (censored by the sequencer), erin (L2 only); proposer (honest),"
                + " mallory (malicious proposer), "
                + (s.opts.has(DemoOptions.Part.CHALLENGER)
                    ? "challenger (honest)"
                    : "NO challenger")));
    lines.add(
        new Line(
            DemoStory.DAVE_SENDS_AT,
            Kind.NOTE,
            "dave",
            "sends a withdrawal of "
                + eth(DemoStory.DAVE_WITHDRAWS)
                + " to the sequencer, which censors dave"));
    if (s.malloryBlock >= 0) {
      lines.add(
          new Line(
              DemoStory.MALLORY_AT,
              Kind.ATTACK,
              "mallory",
              "forges the output of L2 block "
                  + s.malloryBlock
                  + ": state wrong from tx "
                  + s.forgery.badTx()
                  + " of L2 block "
                  + s.forgery.badBlock()
                  + ", plus a withdrawal of "
                  + eth(DemoStory.THEFT)
                  + " to herself"));
    }
    s.stoppedBy.ifPresent(
        why -> lines.add(new Line(s.w.now(), Kind.ATTACK, "world", "STOPPED: " + why)));
  }

  private void check(String name, Supplier<String> failure) {
    String why;
    try {
      why = failure.get();
    } catch (RuntimeException e) {
      why = "could not be checked: " + e;
    }
    checks.add(new Check(name, why == null, why == null ? "" : why));
  }

  private void run() {
    check("every world invariant held after every event", () -> s.stoppedBy.orElse(null));
    check("deposits credited on L2 as escrowed on L1", this::deposits);
    check("every signed transfer included, as signed", this::transfersIncluded);
    check("L2 balances = deposits ± transfers − fees − withdrawals", this::ledger);
    check("every posted batch derived (none skipped)", this::batches);
    check("dave's transaction censored by the sequencer", this::censored);
    check("dave's forced transaction included by its deadline", this::forced);
    check("mallory's forged root rejected", this::forgedRejected);
    check("mallory's bonds slashed to the challenger", this::slashed);
    check("mallory's forged withdrawal refused, during and after", this::theftRefused);
    check("honest roots final, and equal to a fresh derivation from L1", this::honestFinal);
    check(
        "alice refused before the 7-day window",
        () -> refused("alice (before the window)", "COMMITMENT_NOT_FINAL"));
    check("alice paid after the window, exact amount", () -> paid("alice (after the window)"));
    check("no withdrawal paid twice", () -> refused("alice (again)", "ALREADY_WITHDRAWN"));
    check("dave exits despite the censoring sequencer", () -> paid("dave"));
  }

  private String deposits() {
    List<Long> credited = new ArrayList<>();
    for (L2Block b : s.l2Blocks()) {
      for (int i = 0; i < b.txs().size(); i++) {
        if (b.txs().get(i) instanceof L2Tx.Deposit && b.receipts().get(i).success()) {
          credited.add(b.receipts().get(i).valueGwei());
        }
      }
    }
    List<Long> escrowed = new ArrayList<>();
    for (long n = 1; n <= s.w.chain.head().number(); n++) {
      for (var r : s.w.chain.block(n).orElseThrow().receipts()) {
        for (Log log : r.logs()) {
          Bridge.DepositEvent.from(log, OptimisticWorld.BRIDGE)
              .ifPresent(d -> escrowed.add(d.amountGwei()));
        }
      }
    }
    List<Long> planned = new ArrayList<>();
    for (long d : DemoStory.DEPOSITS) {
      planned.add(d);
    }
    if (!escrowed.equals(planned)) {
      return "escrowed on L1 " + escrowed + ", the story deposits " + planned;
    }
    return credited.equals(escrowed) ? null : "credited " + credited + ", escrowed " + escrowed;
  }

  private String transfersIncluded() {
    for (Planned p : s.transfers) {
      Optional<Found> f = s.find(p.hash());
      if (f.isEmpty()) {
        return DemoStory.USERS[p.from()]
            + "'s transfer at "
            + clock(p.time())
            + " not in any block";
      }
      Receipt r = f.get().receipt();
      if (!r.success() || r.valueGwei() != p.gwei()) {
        return "receipt " + r + " for a transfer of " + p.gwei() + " gwei";
      }
    }
    return null;
  }

  private String ledger() {
    var world = derived().derivation().world();
    long[] expected = DemoStory.DEPOSITS.clone();
    long erin = 0;
    List<Planned> all = new ArrayList<>(s.transfers);
    if (s.forcedDave().isPresent()) {
      all.add(s.daveTx);
    }
    for (Planned p : all) {
      Receipt r =
          p == s.daveTx ? s.forcedDave().get().receipt() : s.find(p.hash()).orElseThrow().receipt();
      expected[p.from()] -= p.gwei() + r.feesGwei();
      if (!p.withdrawal()) {
        if (p.to() == DemoStory.ERIN) {
          erin += p.gwei();
        } else {
          expected[p.to()] += p.gwei();
        }
      }
    }
    for (int u = 0; u < expected.length; u++) {
      long have = balance(world, s.w.l2Address(u));
      if (have != expected[u]) {
        return DemoStory.USERS[u] + " has " + have + " gwei, the ledger says " + expected[u];
      }
    }
    long haveErin = balance(world, s.erin);
    return haveErin == erin ? null : "erin has " + haveErin + " gwei, the ledger says " + erin;
  }

  private static long balance(WorldState world, io.rampart.crypto.ecdsa.Address a) {
    int i = world.indexOf(a);
    return i < 0 ? 0 : world.account(i).balanceGwei();
  }

  private DerivedChain derived() {
    DerivedChain d = new DerivedChain(s.w.cfg, s.w.ecdsa, s.w.chain, s.w.reader);
    d.sync();
    return d;
  }

  private String batches() {
    DerivedChain d = derived();
    if (!d.derivation().skipped().isEmpty()) {
      return "skipped: " + d.derivation().skipped();
    }
    return d.blocks().isEmpty() ? "no L2 block derived" : null;
  }

  private String censored() {
    return s.find(s.daveTx.hash()).isPresent()
        ? "the sequencer included dave's transaction itself"
        : null;
  }

  private String forced() {
    Optional<Found> f = s.forcedDave();
    if (f.isEmpty()) {
      return "dave's transaction never reached L2";
    }
    L2Tx.Forced tx = (L2Tx.Forced) f.get().block().txs().get(f.get().index());
    if (f.get().block().l1Origin() > tx.deadline()) {
      return "included at L1 origin " + f.get().block().l1Origin() + ", deadline " + tx.deadline();
    }
    return f.get().receipt().success() ? null : "included but failed: " + f.get().receipt();
  }

  private String forgedRejected() {
    long p = s.proposalBy(s.mallory, -1);
    if (p < 0) {
      return "mallory made no proposal";
    }
    CommitmentStatus st = s.w.status(p);
    if (s.w.isTrue(p)) {
      return "mallory's root is the true one";
    }
    return st instanceof CommitmentStatus.Rejected ? null : "status " + st;
  }

  private String slashed() {
    long p = s.proposalBy(s.mallory, -1);
    if (p < 0) {
      return "mallory made no proposal";
    }
    long toMallory = 0;
    long toChallenger = 0;
    for (var m : s.w.timeline.bonds()) {
      if (m.proposal() == p) {
        toMallory += m.to().equals("mallory") ? m.gwei() : 0;
        toChallenger += m.to().equals("challenger") ? m.gwei() : 0;
      }
    }
    long held = s.w.proposal(p).heldGwei();
    if (toMallory != 0 || toChallenger == 0 || held != 0) {
      return "to mallory "
          + toMallory
          + " gwei, to the challenger "
          + toChallenger
          + ", still held "
          + held;
    }
    return null;
  }

  private String theftRefused() {
    Claim during = s.claims.get("mallory (during the game)");
    Claim after = s.claims.get("mallory (after the game)");
    if (during == null || after == null) {
      return "mallory's claims were not made";
    }
    if (during.receipt().succeeded() || after.receipt().succeeded()) {
      return "a forged withdrawal was paid";
    }
    if (!"COMMITMENT_NOT_FINAL".equals(during.receipt().revertReason())
        || !"COMMITMENT_REJECTED".equals(after.receipt().revertReason())) {
      return "refused for "
          + during.receipt().revertReason()
          + " / "
          + after.receipt().revertReason();
    }
    return null;
  }

  private String honestFinal() {
    var source = new io.rampart.models.optimistic.actors.DerivingSource(derived());
    source.refresh();
    ChainTrace fresh = source.chainTrace();
    int n = 0;
    for (long p = 0; p < s.w.proposalCount(); p++) {
      var v = s.w.proposal(p);
      if (!v.proposer().equals(s.proposer)) {
        continue;
      }
      n++;
      if (!(s.w.status(p) instanceof CommitmentStatus.Final)) {
        return "proposal " + p + " is " + s.w.status(p);
      }
      if (!fresh.output(v.l2Block()).stateRoot().equals(v.stateRoot())) {
        return "proposal " + p + " differs from the state root derived from L1";
      }
    }
    return n == 0 ? "no honest proposal" : null;
  }

  private String refused(String label, String reason) {
    Claim c = s.claims.get(label);
    if (c == null) {
      return "claim not made";
    }
    return !c.receipt().succeeded() && reason.equals(c.receipt().revertReason())
        ? null
        : "outcome " + (c.receipt().succeeded() ? "paid" : c.receipt().revertReason());
  }

  private String paid(String label) {
    Claim c = s.claims.get(label);
    if (c == null) {
      return "claim not made";
    }
    if (!c.receipt().succeeded()) {
      return "refused: " + c.receipt().revertReason();
    }
    BigInteger gain = c.l1After().value().subtract(c.l1Before().value());
    BigInteger want =
        BigInteger.valueOf(c.gwei())
            .multiply(BigInteger.valueOf(1_000_000_000L))
            .subtract(c.receipt().fee().value());
    return gain.equals(want) ? null : "L1 balance moved by " + gain + " wei, expected " + want;
  }
}
