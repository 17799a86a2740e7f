package io.rampart.models.optimistic.scenario;

import io.rampart.chain.state.Withdrawal;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.models.optimistic.actors.Forgery;
import io.rampart.models.optimistic.actors.Strategy;
import io.rampart.models.optimistic.actors.TraceSource;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.models.optimistic.trace.CorruptTrace;
import io.rampart.models.optimistic.trace.Trace;
import io.rampart.world.ActorId;
import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** The named scenarios of the optimistic rollup; each returns its {@link Report}. */
public final class Scenarios {
  private Scenarios() {}

  /** A named scenario and what it shows. */
  public record Entry(String name, String description, LongFunction<Outcome> run) {}

  /** A finished run: the world (for assertions) and its report. */
  public record Outcome(OptimisticWorld world, Report report, Map<String, Object> values) {
    public long longValue(String key) {
      return (Long) values.get(key);
    }
  }

  public static final int USERS = 6;
  public static final long DEPOSIT_GWEI = 10_000_000_000L;
  public static final long WITHDRAW_GWEI = 100_000_000L;

  public static Map<String, Entry> all() {
    Map<String, Entry> m = new LinkedHashMap<>();
    add(
        m,
        "honest-no-dispute",
        "Honest proposer, nobody disputes; withdrawal refused one slot before the window ends, paid after.",
        Scenarios::honestNoDispute);
    add(
        m,
        "wrong-root",
        "Proposer posts a wrong root (wrong from a random tx of a random block); the honest challenger wins.",
        s -> wrongRoot(s, false, false));
    add(
        m,
        "wrong-root-honest-twin",
        "Same traffic, honest proposer: no dispute, the root becomes final.",
        s -> wrongRoot(s, true, false));
    add(
        m,
        "dishonest-challenger",
        "A dishonest challenger disputes an honest root; it loses its bonds and the root settles within the bound.",
        s -> colluders(s, 1, true, false));
    add(
        m,
        "colluders-1",
        "1 honest challenger against a dishonest proposer (1 dishonest party).",
        s -> colluders(s, 1, false, false));
    add(
        m,
        "colluders-10",
        "1 honest challenger against 10 colluding dishonest parties with conflicting claims.",
        s -> colluders(s, 10, false, false));
    add(
        m,
        "colluders-50",
        "1 honest challenger against 50 colluding dishonest parties with conflicting claims.",
        s -> colluders(s, 50, false, false));
    add(
        m,
        "colluders-10-honest-proposer",
        "An honest proposer defends against 10 colluding dishonest challengers.",
        s -> colluders(s, 10, true, false));
    add(
        m,
        "silent-proposer",
        "A dishonest proposer stops answering; it loses on its clock.",
        s -> silent(s, false));
    add(
        m,
        "silent-challenger",
        "A dishonest challenger stops answering; the honest root settles when its clock runs out.",
        s -> silent(s, true));
    add(
        m,
        "censoring-sequencer",
        "The sequencer ignores a user's withdrawal; the user forces it through the inbox and is paid.",
        s -> censoring(s, true));
    add(
        m,
        "censoring-sequencer-honest-twin",
        "Same withdrawal, a sequencer that includes it.",
        s -> censoring(s, false));
    add(
        m,
        "challenger-crash",
        "The honest challenger crashes in the middle of a game, restarts, re-reads L1 and still wins.",
        s -> wrongRoot(s, false, true));
    return m;
  }

  private static void add(Map<String, Entry> m, String name, String d, LongFunction<Outcome> f) {
    m.put(name, new Entry(name, d, f));
  }

  // ---- traffic ----

  /** Deposits for every user, then bursts of transfers (some to new addresses) and a withdrawal. */
  static void traffic(OptimisticWorld w, DeterministicRandom r) {
    for (int u = 0; u < USERS; u++) {
      w.depositAt(SimTime.ofSeconds(20), u, DEPOSIT_GWEI);
    }
    for (int burst = 0; burst < 5; burst++) {
      SimTime t = SimTime.ofSeconds(120 + 60L * burst);
      for (int k = 0; k < 4; k++) {
        int from = r.nextInt(USERS);
        var to =
            r.chance(0.25)
                ? freshAddress(r)
                : w.l2Address((from + 1 + r.nextInt(USERS - 1)) % USERS);
        w.transferAt(t, from, to, 1 + r.nextLong(1_000_000));
      }
    }
    w.withdrawAt(SimTime.ofSeconds(150), 0, WITHDRAW_GWEI);
  }

  /** The standard traffic, for tests that need a realistic chain. */
  public static void trafficForTests(OptimisticWorld w) {
    traffic(w, w.world.randomStream("traffic"));
  }

  static io.rampart.crypto.ecdsa.Address freshAddress(DeterministicRandom r) {
    byte[] b = new byte[20];
    r.nextBytes(b);
    return io.rampart.crypto.ecdsa.Address.fromBytes(b).orElseThrow();
  }

  /** Runs until every proposal settled and every game is fully resolved (or {@code maxDays}). */
  public static void runUntilSettled(OptimisticWorld w, long maxDays) {
    long end = w.world.now().micros() + maxDays * 86_400_000_000L;
    while (w.world.now().micros() < end) {
      w.runFor(SimDuration.ofSeconds(3_600));
      long n = w.proposalCount();
      if (n == 0) {
        continue;
      }
      boolean done = true;
      for (long p = 0; p < n && done; p++) {
        CommitmentStatus s = w.status(p);
        done =
            (s instanceof CommitmentStatus.Final || s instanceof CommitmentStatus.Rejected)
                && w.proposal(p).heldGwei() == 0;
      }
      if (done) {
        return;
      }
    }
  }

  static Report report(
      OptimisticWorld w, String name, long seed, String verdict, List<String> facts) {
    return new Report(
        name,
        seed,
        verdict,
        w.timeline.entries(),
        w.timeline.bonds(),
        w.timeline.gasByWho(),
        w.timeline.gasByAction(),
        w.timeline.batches(),
        w.timeline.batchGas(),
        facts,
        List.of(
            "the dispute contract holds exactly the bonds of unresolved nodes",
            "no proposal with a wrong root is ever final"),
        w.world.log().hash().toHex());
  }

  static String statusText(CommitmentStatus s) {
    return switch (s) {
      case CommitmentStatus.Final f -> "FINAL";
      case CommitmentStatus.Rejected r -> "REJECTED (" + r.reason() + ")";
      case CommitmentStatus.Pending p -> "PENDING";
      case CommitmentStatus.Unknown u -> "UNKNOWN";
    };
  }

  static String outcome(Receipt r) {
    return r.succeeded() ? "paid" : "refused: " + r.revertReason();
  }

  /** User 0's withdrawal in the state of proposal {@code p}, with its proof. */
  static Receipt withdraw(OptimisticWorld w, long p) {
    ChainTrace t = w.truth();
    long block = w.proposal(p).l2Block();
    Withdrawal wd = t.withdrawals(block).getFirst();
    return w.finalizeWithdrawal(0, p, wd, t.withdrawalProof(block, wd.index()));
  }

  static long maxTxs(ChainTrace t, long blocks) {
    int m = 0;
    for (long b = 0; b < blocks; b++) {
      m = Math.max(m, t.txCount(b));
    }
    return m;
  }

  // ---- scenarios ----

  static Outcome honestNoDispute(long seed) {
    OptimisticWorld w = new OptimisticWorld(OptimisticWorld.Setup.defaults(seed), USERS, Set.of());
    traffic(w, w.world.randomStream("traffic"));
    Address proposer = w.party("proposer");
    Address challenger = w.party("challenger");
    w.spawnProposer("proposer", proposer, null);
    w.spawnPlayer("challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    w.spawnPlayer("proposer-def", proposer, new Strategy.Engagement.All(), w.honestSource(), false);
    while (w.proposalCount() == 0) {
      w.runFor(SimDuration.ofSeconds(600));
    }
    long created = w.proposal(0).createdAt();
    long windowEnd = created + w.setup.params().challengeWindow();
    long slot = w.chain.config().slot().toSeconds();
    w.runUntil(SimTime.ofSeconds(windowEnd - slot).plus(SimDuration.ofMillis(1)));
    Receipt early = withdraw(w, 0);
    Receipt late = withdraw(w, 0);
    runUntilSettled(w, 30);
    List<String> facts = new ArrayList<>();
    facts.add(
        "proposal 0 at " + Report.clock(created) + ", window ends " + Report.clock(windowEnd));
    facts.add("withdrawal at " + Report.clock(early.blockNumber() * slot) + ": " + outcome(early));
    facts.add("withdrawal at " + Report.clock(late.blockNumber() * slot) + ": " + outcome(late));
    facts.add("status: " + statusText(w.status(0)));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("early", early);
    v.put("late", late);
    v.put("windowEnd", windowEnd);
    String verdict =
        !early.succeeded() && late.succeeded()
            ? "honest root final; withdrawal paid after the window"
            : "UNEXPECTED";
    return new Outcome(w, report(w, "honest-no-dispute", seed, verdict, facts), v);
  }

  /** A wrong root (or its honest twin), optionally crashing the challenger mid-game. */
  static Outcome wrongRoot(long seed, boolean honest, boolean crash) {
    OptimisticWorld w = new OptimisticWorld(OptimisticWorld.Setup.defaults(seed), USERS, Set.of());
    traffic(w, w.world.randomStream("traffic"));
    Address proposer = w.party("proposer");
    Address challenger = w.party("challenger");
    Address thief = w.l1Address(5);
    Forgery forgery =
        new Forgery(
            w::truth, w.world.randomStream("forgery"), L1Reader.toL2(thief), 5 * DEPOSIT_GWEI);
    w.spawnProposer("proposer", proposer, honest ? null : forgery);
    w.spawnPlayer(
        "proposer-def",
        proposer,
        honest ? new Strategy.Engagement.All() : new Strategy.Engagement.Collude(Set.of(proposer)),
        honest ? w.honestSource() : forgery::source,
        false);
    ActorId ch =
        w.spawnPlayer(
            "challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    while (w.proposalCount() == 0) {
      w.runFor(SimDuration.ofSeconds(600));
    }
    List<String> facts = new ArrayList<>();
    Map<String, Object> v = new LinkedHashMap<>();
    if (!honest) {
      facts.add(
          "forged: state wrong from tx "
              + forgery.badTx()
              + " of L2 block "
              + forgery.badBlock()
              + "; withdrawal tree holds an extra withdrawal of "
              + 5 * DEPOSIT_GWEI
              + " gwei to user5");
    }
    if (crash) {
      w.runUntil(SimTime.ofSeconds(w.proposal(0).createdAt() + 5_400));
      w.world.crash(ch);
      facts.add("challenger crashed at " + Report.clock(w.now()));
      w.runFor(SimDuration.ofSeconds(86_400));
      w.world.restart(ch);
      facts.add("challenger restarted at " + Report.clock(w.now()));
    }
    // The thief tries to withdraw against the forged root while the game runs.
    if (!honest) {
      w.runFor(SimDuration.ofSeconds(86_400));
      ChainTrace.Forged f = forgery.forged().orElseThrow();
      Receipt during = w.finalizeWithdrawal(5, 0, f.extra(), f.proof());
      facts.add("thief withdraws during the game: " + outcome(during));
      v.put("theftDuring", during);
    }
    runUntilSettled(w, 40);
    CommitmentStatus st = w.status(0);
    facts.add("proposal 0: " + statusText(st) + " (true root: " + w.isTrue(0) + ")");
    w.settledAt(0)
        .ifPresent(
            t ->
                facts.add(
                    "settled at "
                        + Report.clock(t)
                        + ", "
                        + Report.clock(t - w.proposal(0).createdAt())
                        + " after the proposal"));
    if (!honest) {
      ChainTrace.Forged f = forgery.forged().orElseThrow();
      Receipt after = w.finalizeWithdrawal(5, 0, f.extra(), f.proof());
      facts.add("thief withdraws after the game: " + outcome(after));
      v.put("theftAfter", after);
      facts.add(
          "challenger received bonds of "
              + w.timeline.bonds().stream()
                  .filter(b -> b.to().equals("challenger"))
                  .mapToLong(Timeline.BondMove::gwei)
                  .sum()
              + " gwei");
    } else {
      Receipt paid = withdraw(w, 0);
      facts.add("user0 withdraws: " + outcome(paid));
      v.put("paid", paid);
    }
    v.put("status", st);
    v.put("forgery", forgery);
    String verdict =
        honest
            ? (st instanceof CommitmentStatus.Final ? "honest root final" : "UNEXPECTED")
            : (st instanceof CommitmentStatus.Rejected
                ? "wrong root rejected; the honest challenger won"
                : "UNEXPECTED");
    String name = crash ? "challenger-crash" : honest ? "wrong-root-honest-twin" : "wrong-root";
    return new Outcome(w, report(w, name, seed, verdict, facts), v);
  }

  /**
   * {@code n} colluding dishonest parties with conflicting traces. With {@code honestProposer},
   * they all challenge an honest root the proposer defends; otherwise one of them proposes a wrong
   * root and one honest challenger faces them all.
   */
  static Outcome colluders(long seed, int n, boolean honestProposer, boolean silent) {
    OptimisticWorld w = new OptimisticWorld(OptimisticWorld.Setup.defaults(seed), USERS, Set.of());
    DeterministicRandom r = w.world.randomStream("colluders");
    traffic(w, w.world.randomStream("traffic"));
    Address proposer = w.party("proposer");
    Address challenger = w.party("challenger");
    Forgery forgery =
        new Forgery(
            w::truth, w.world.randomStream("forgery"), L1Reader.toL2(w.l1Address(5)), DEPOSIT_GWEI);
    List<Address> bad = new ArrayList<>();
    int others = honestProposer ? n : n - 1;
    for (int i = 0; i < others; i++) {
      bad.add(w.party("dishonest" + i));
    }
    Set<Address> ring = new java.util.HashSet<>(bad);
    if (!honestProposer) {
      ring.add(proposer);
    }
    w.spawnProposer("proposer", proposer, honestProposer ? null : forgery);
    if (honestProposer) {
      w.spawnPlayer(
          "proposer-def", proposer, new Strategy.Engagement.All(), w.honestSource(), true);
    } else {
      w.spawnPlayer(
          "proposer-def",
          proposer,
          new Strategy.Engagement.Collude(Set.copyOf(ring)),
          forgery::source,
          false);
      w.spawnPlayer(
          "challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    }
    for (int i = 0; i < bad.size(); i++) {
      long tag = r.nextLong();
      long seedI = r.nextLong();
      w.spawnPlayer(
          "dishonest" + i,
          bad.get(i),
          new Strategy.Engagement.Collude(Set.copyOf(ring)),
          () -> corruptSource(w, seedI, tag),
          false);
    }
    while (w.proposalCount() == 0) {
      w.runFor(SimDuration.ofSeconds(600));
    }
    List<String> facts = new ArrayList<>();
    if (silent) {
      String quiet = honestProposer ? "dishonest0" : "proposer-def";
      w.runUntil(SimTime.ofSeconds(w.proposal(0).createdAt() + 9_000));
      w.world.crash(ActorId.of(quiet));
      facts.add(quiet + " stops answering at " + Report.clock(w.now()));
    }
    runUntilSettled(w, 60);
    CommitmentStatus st = w.status(0);
    ChainTrace t = w.truth();
    long blocks = w.proposal(0).l2Block() - w.proposal(0).anchorBlock();
    long bound = w.setup.params().settleBound(blocks, (int) maxTxs(t, t.blockCount()));
    long created = w.proposal(0).createdAt();
    long settle = w.settledAt(0).orElse(Long.MAX_VALUE) - created;
    String honestName = honestProposer ? "proposer" : "challenger";
    long honestGas = w.timeline.gasByWho().getOrDefault(honestName, 0L);
    long nodes = w.proposal(0).nodeCount();
    facts.add(n + " dishonest parties; " + nodes + " nodes in the game");
    facts.add("proposal 0: " + statusText(st) + " (true root: " + w.isTrue(0) + ")");
    facts.add(
        "settled "
            + Report.clock(settle)
            + " after the proposal; bound "
            + Report.clock(bound)
            + " (window + 2 x clock + (path moves + 2) x extension)");
    facts.add(
        "honest party ("
            + honestName
            + ") L1 gas: "
            + honestGas
            + "; bonds received "
            + w.timeline.bonds().stream()
                .filter(b -> b.to().equals(honestName))
                .mapToLong(Timeline.BondMove::gwei)
                .sum()
            + " gwei");
    long dishonestGas = 0;
    for (var e : w.timeline.gasByWho().entrySet()) {
      if (e.getKey().startsWith("dishonest")
          || (!honestProposer && e.getKey().equals("proposer"))) {
        dishonestGas += e.getValue();
      }
    }
    facts.add("dishonest parties' L1 gas: " + dishonestGas);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("status", st);
    v.put("settle", settle);
    v.put("bound", bound);
    v.put("honestGas", honestGas);
    v.put("dishonestGas", dishonestGas);
    v.put("nodes", nodes);
    boolean ok =
        honestProposer
            ? st instanceof CommitmentStatus.Final
            : st instanceof CommitmentStatus.Rejected;
    String name =
        honestProposer
            ? (n == 1 ? "dishonest-challenger" : "colluders-" + n + "-honest-proposer")
            : "colluders-" + n;
    return new Outcome(
        w, report(w, name, seed, ok ? "the honest party won" : "UNEXPECTED", facts), v);
  }

  static TraceSource corruptSource(OptimisticWorld w, long seed, long tag) {
    return new TraceSource() {
      private Trace trace;

      @Override
      public long refresh() {
        ChainTrace t = w.truth();
        if (trace == null && t.blockCount() > 0) {
          DeterministicRandom r = new DeterministicRandom(seed);
          long b;
          do {
            b = r.nextLong(t.blockCount());
          } while (t.txCount(b) == 0);
          trace = new CorruptTrace(t, b, (int) r.nextLong(t.txCount(b)), tag);
        }
        return t.blockCount();
      }

      @Override
      public Trace trace() {
        return trace == null ? w.truth() : trace;
      }

      @Override
      public Optional<ChainTrace> stepper() {
        return Optional.empty();
      }
    };
  }

  /** A dishonest party that makes its first move and then stops answering. */
  static Outcome silent(long seed, boolean honestProposer) {
    Outcome o = colluders(seed, 1, honestProposer, true);
    String name = honestProposer ? "silent-challenger" : "silent-proposer";
    Report r = o.report();
    return new Outcome(
        o.world(),
        new Report(
            name,
            r.seed(),
            r.verdict(),
            r.timeline(),
            r.bonds(),
            r.gasByWho(),
            r.gasByAction(),
            r.batches(),
            r.batchGas(),
            r.facts(),
            r.invariants(),
            r.eventLogHash()),
        o.values());
  }

  static Outcome censoring(long seed, boolean censor) {
    OptimisticWorld w =
        new OptimisticWorld(
            OptimisticWorld.Setup.defaults(seed), USERS, censor ? Set.of(0) : Set.of());
    for (int u = 0; u < USERS; u++) {
      w.depositAt(SimTime.ofSeconds(20), u, DEPOSIT_GWEI);
    }
    byte[] raw =
        w.signTransfer(0, io.rampart.chain.tx.ChainConfig.WITHDRAWAL_ADDRESS, WITHDRAW_GWEI);
    w.world.at(
        SimTime.ofSeconds(120),
        "withdrawal to sequencer",
        x ->
            x.inject(
                OptimisticWorld.USER,
                w.sequencer,
                new io.rampart.models.optimistic.actors.SequencerActor.Submit(raw)));
    long forcedAt = 600;
    if (censor) {
      w.forceAt(SimTime.ofSeconds(forcedAt), 0, raw);
    }
    Address proposer = w.party("proposer");
    Address challenger = w.party("challenger");
    w.spawnProposer("proposer", proposer, null);
    w.spawnPlayer("challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    w.runFor(SimDuration.ofSeconds(3 * 3600));
    ChainTrace t = w.truth();
    long includedIn = -1;
    for (long b = 0; b < t.blockCount() && includedIn < 0; b++) {
      for (var tx : t.block(b).txs()) {
        if (tx instanceof io.rampart.chain.tx.L2Tx.Forced
            || (tx instanceof io.rampart.chain.tx.L2Tx.UserTx u
                && u.to().equals(io.rampart.chain.tx.ChainConfig.WITHDRAWAL_ADDRESS))) {
          includedIn = b;
        }
      }
    }
    long origin = includedIn < 0 ? -1 : t.block(includedIn).l1Origin();
    long slot = w.chain.config().slot().toSeconds();
    long deadlineBlock = (forcedAt / slot + 2) + w.setup.forceDelaySeconds() / slot;
    List<String> facts = new ArrayList<>();
    facts.add(
        "withdrawal included in L2 block "
            + includedIn
            + " with L1 origin "
            + origin
            + (censor
                ? " (forced at L1 block ~"
                    + (forcedAt / slot + 1)
                    + ", deadline block ~"
                    + deadlineBlock
                    + ")"
                : ""));
    while (w.proposalCount() == 0 || w.proposal(w.proposalCount() - 1).l2Block() < includedIn) {
      w.runFor(SimDuration.ofSeconds(1800));
    }
    long p = w.proposalCount() - 1;
    w.runUntil(
        SimTime.ofSeconds(
            w.proposal(p).createdAt() + w.setup.params().challengeWindow() + 2 * slot));
    Receipt paid = withdraw(w, p);
    facts.add("withdrawal against proposal " + p + ": " + outcome(paid));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("includedIn", includedIn);
    v.put("origin", origin);
    v.put("deadlineBlock", deadlineBlock);
    v.put("paid", paid);
    return new Outcome(
        w,
        report(
            w,
            censor ? "censoring-sequencer" : "censoring-sequencer-honest-twin",
            seed,
            paid.succeeded() && includedIn >= 0 ? "the user exited" : "UNEXPECTED",
            facts),
        v);
  }
}
