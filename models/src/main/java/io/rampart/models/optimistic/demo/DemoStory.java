package io.rampart.models.optimistic.demo;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.Withdrawal;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.actors.Forgery;
import io.rampart.models.optimistic.actors.ProposerActor;
import io.rampart.models.optimistic.actors.SequencerActor;
import io.rampart.models.optimistic.actors.Strategy;
import io.rampart.models.optimistic.actors.TraceSource;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Scenarios;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.models.optimistic.trace.Trace;
import io.rampart.world.InvariantViolation;
import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo: one story of the optimistic rollup in the deterministic world, from L1 deposits to a
 * withdrawal paid after the challenge window, with a malicious proposer caught and a censored user
 * getting in through the forced queue. It drives the world; {@link StoryLog} turns what happened on
 * L1 and L2 into the timeline and {@link DemoChecks} checks every claim against state.
 */
public final class DemoStory {
  static final String[] USERS = {"alice", "bob", "carol", "dave"};
  static final int ALICE = 0;
  static final int BOB = 1;
  static final int CAROL = 2;
  static final int DAVE = 3;
  static final int ERIN = -1;
  static final long ETH = 1_000_000_000L;
  static final long[] DEPOSITS = {10 * ETH, 4 * ETH, 2 * ETH, 3 * ETH};
  static final long ALICE_WITHDRAWS = 2 * ETH;
  static final long DAVE_WITHDRAWS = 1 * ETH;
  static final long THEFT = 50 * ETH;
  static final long DEPOSIT_AT = 20;
  static final long DAVE_SENDS_AT = 200;
  static final long DAVE_FORCES_AT = 600;
  static final long MALLORY_AT = 1_200;

  /** A transfer the story signs: who, to whom (user index, {@link #ERIN}, or a withdrawal). */
  record Planned(long time, int from, int to, boolean withdrawal, long gwei, Bytes32 hash) {}

  /** A withdrawal claim on L1 and its receipt. */
  record Claim(String who, long proposal, long gwei, Receipt receipt, Wei l1Before, Wei l1After) {}

  final DemoOptions opts;
  final OptimisticWorld w;
  final Address proposer;
  final Address challenger;
  final Address mallory;
  final io.rampart.crypto.ecdsa.Address erin;
  final DerivedChain observer;
  final Forgery forgery;
  final List<Planned> transfers = new ArrayList<>();
  final Map<io.rampart.crypto.ecdsa.Address, String> l2Names = new LinkedHashMap<>();
  final Map<String, Claim> claims = new LinkedHashMap<>();
  byte[] daveRaw;
  Planned daveTx;
  Planned aliceWithdrawal;
  long malloryBlock = -1;
  Optional<String> stoppedBy = Optional.empty();

  private DemoStory(DemoOptions opts) {
    this.opts = opts;
    this.w =
        new OptimisticWorld(
            OptimisticWorld.Setup.defaults(opts.seed()), USERS.length, Set.of(DAVE));
    for (int u = 0; u < USERS.length; u++) {
      w.names().put(w.l1Address(u), USERS[u]);
      l2Names.put(w.l2Address(u), USERS[u]);
    }
    DeterministicRandom r = w.world.randomStream("demo");
    byte[] b = new byte[20];
    r.nextBytes(b);
    this.erin = io.rampart.crypto.ecdsa.Address.fromBytes(b).orElseThrow();
    l2Names.put(erin, "erin");
    l2Names.put(w.cfg.feeRecipient(), "fee recipient");
    this.proposer = w.party("proposer");
    this.challenger = w.party("challenger");
    this.mallory = w.party("mallory");
    l2Names.put(L1Reader.toL2(mallory), "mallory");
    this.observer = new DerivedChain(w.cfg, w.ecdsa, w.chain, w.reader);
    Conservation conservation = new Conservation(w.chain, OptimisticWorld.BRIDGE, observer);
    w.world.addInvariant("bridge escrow = L2 supply + in flight", conservation::check);
    this.forgery =
        new Forgery(w::truth, w.world.randomStream("forgery"), L1Reader.toL2(mallory), THEFT);
    schedule(r);
  }

  /** Runs the demo and checks it; never throws for a failed check. */
  public static DemoResult run(DemoOptions opts) {
    DemoStory s = new DemoStory(opts);
    try {
      s.play();
    } catch (InvariantViolation v) {
      s.stoppedBy = Optional.of(v.getMessage().lines().findFirst().orElse("invariant violated"));
    }
    return DemoChecks.result(s);
  }

  // ---- the plan ----

  private void schedule(DeterministicRandom r) {
    for (int u = 0; u < USERS.length; u++) {
      w.depositAt(SimTime.ofSeconds(DEPOSIT_AT), u, DEPOSITS[u]);
    }
    transfer(r, 120, ALICE, BOB, 1_500);
    transfer(r, 120, BOB, CAROL, 400);
    transfer(r, 180, CAROL, ERIN, 250);
    transfer(r, 180, ALICE, CAROL, 800);
    transfer(r, 240, BOB, ALICE, 300);
    transfer(r, 240, CAROL, BOB, 100);
    aliceWithdrawal = send(300, ALICE, -1, true, ALICE_WITHDRAWS);
    transfers.add(aliceWithdrawal);
    transfer(r, 1_500, BOB, ERIN, 200);
    transfer(r, 1_500, ALICE, BOB, 100);
    // Dave's withdrawal: the sequencer censors him, so he puts it in the inbox's forced queue.
    daveRaw = w.signTransfer(DAVE, ChainConfig.WITHDRAWAL_ADDRESS, DAVE_WITHDRAWS);
    daveTx = new Planned(DAVE_SENDS_AT, DAVE, -1, true, DAVE_WITHDRAWS, Keccak256.digest(daveRaw));
    byte[] raw = daveRaw.clone();
    w.world.at(
        SimTime.ofSeconds(DAVE_SENDS_AT),
        "dave sends to the sequencer",
        x -> x.inject(OptimisticWorld.USER, w.sequencer, new SequencerActor.Submit(raw)));
    if (opts.has(DemoOptions.Part.FORCED_QUEUE)) {
      w.forceAt(SimTime.ofSeconds(DAVE_FORCES_AT), DAVE, raw);
    }
    // The honest proposer posts every 30 minutes; mallory once, a forged root, before it.
    w.spawnProposer("proposer", proposer, null);
    w.world.at(SimTime.ofSeconds(MALLORY_AT), "mallory proposes", x -> malloryProposes());
    w.spawnPlayer(
        "mallory",
        mallory,
        new Strategy.Engagement.Collude(Set.of(mallory)),
        () -> ownGameOnly(forgery.source()),
        false);
    if (opts.has(DemoOptions.Part.CHALLENGER)) {
      w.spawnPlayer(
          "challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    }
  }

  /** A transfer of about {@code milliEth} (seeded jitter of up to 10 %) at {@code t}. */
  private void transfer(DeterministicRandom r, long t, int from, int to, long milliEth) {
    long base = milliEth * 1_000_000L;
    transfers.add(send(t, from, to, false, base + r.nextLong(base / 10)));
  }

  private Planned send(long t, int from, int to, boolean withdrawal, long gwei) {
    var dest = withdrawal ? ChainConfig.WITHDRAWAL_ADDRESS : to == ERIN ? erin : w.l2Address(to);
    byte[] raw = w.signTransfer(from, dest, gwei);
    w.world.at(
        SimTime.ofSeconds(t),
        "l2 transfer " + USERS[from],
        x -> x.inject(OptimisticWorld.USER, w.sequencer, new SequencerActor.Submit(raw)));
    return new Planned(t, from, to, withdrawal, gwei, Keccak256.digest(raw));
  }

  private void malloryProposes() {
    ChainTrace t = w.truth();
    if (t.blockCount() == 0) {
      return;
    }
    malloryBlock = t.blockCount() - 1;
    GameCalls.ProposeOutput call = forgery.apply(t.output(malloryBlock));
    w.chain.submit(
        TxRequest.call(mallory, OptimisticWorld.GAME, call, ProposerActor.PROPOSE_GAS)
            .withValue(Wei.ofGwei(w.setup.params().bondGwei(0))));
  }

  /**
   * Mallory's trace, cut at her own proposal: she defends her forged root but does not follow the
   * chain past it, so she leaves the honest proposer's later roots alone.
   */
  private TraceSource ownGameOnly(TraceSource s) {
    return new TraceSource() {
      @Override
      public long refresh() {
        long n = s.refresh();
        return malloryBlock < 0 ? n : Math.min(n, malloryBlock + 1);
      }

      @Override
      public Trace trace() {
        return s.trace();
      }

      @Override
      public Optional<ChainTrace> stepper() {
        return s.stepper();
      }
    };
  }

  // ---- the run ----

  private void play() {
    long slot = w.chain.config().slot().toSeconds();
    long window = w.setup.params().challengeWindow();
    w.runUntil(SimTime.ofSeconds(6_000));
    long pMallory = proposalBy(mallory, -1);
    // Mallory tries to take the forged withdrawal while the game runs.
    w.runUntil(SimTime.ofSeconds(86_400));
    if (pMallory >= 0) {
      claimForged("mallory (during the game)", pMallory);
    }
    long pAlice = proposalBy(proposer, blockOf(find(aliceWithdrawal.hash())));
    if (pAlice >= 0) {
      long created = w.proposal(pAlice).createdAt();
      w.runUntil(SimTime.ofSeconds(created + window - slot).plus(SimDuration.ofMillis(1)));
      claim("alice (before the window)", ALICE, pAlice, ALICE_WITHDRAWS);
      w.runUntil(SimTime.ofSeconds(created + window + slot));
      claim("alice (after the window)", ALICE, pAlice, ALICE_WITHDRAWS);
      claim("alice (again)", ALICE, pAlice, ALICE_WITHDRAWS);
    }
    long pDave = proposalBy(proposer, blockOf(forcedDave()));
    if (pDave >= 0) {
      w.runUntil(SimTime.ofSeconds(w.proposal(pDave).createdAt() + window + slot));
      claim("dave", DAVE, pDave, DAVE_WITHDRAWS);
    }
    Scenarios.runUntilSettled(w, 30);
    if (pMallory >= 0) {
      claimForged("mallory (after the game)", pMallory);
    }
  }

  /** The first proposal by {@code who} covering L2 block {@code block} (any block if -1). */
  long proposalBy(Address who, long block) {
    if (block < -1) {
      return -1;
    }
    for (long p = 0; p < w.proposalCount(); p++) {
      var v = w.proposal(p);
      if (v.proposer().equals(who) && v.l2Block() >= block) {
        return p;
      }
    }
    return -1;
  }

  private void claim(String label, int user, long p, long gwei) {
    ChainTrace t = w.truth();
    long block = w.proposal(p).l2Block();
    var owner = w.l2Address(user);
    Withdrawal wd =
        t.withdrawals(block).stream()
            .filter(x -> x.owner().equals(owner) && x.amountGwei() == gwei)
            .findFirst()
            .orElse(null);
    if (wd == null) {
      return;
    }
    submitClaim(label, w.l1Address(user), p, wd, t.withdrawalProof(block, wd.index()));
  }

  private void claimForged(String label, long p) {
    forgery.forged().ifPresent(f -> submitClaim(label, mallory, p, f.extra(), f.proof()));
  }

  private void submitClaim(String label, Address from, long p, Withdrawal wd, List<Bytes32> proof) {
    var call =
        new Bridge.FinalizeWithdrawal(
            p,
            new io.rampart.l1.contracts.bridge.Withdrawal(
                wd.index(), L1Reader.toL1(wd.owner()), wd.amountGwei()),
            wd.index(),
            proof);
    Wei before = w.chain.balance(from);
    SubmitResult r = w.chain.submit(TxRequest.call(from, OptimisticWorld.BRIDGE, call, 500_000));
    if (!(r instanceof SubmitResult.Accepted a)) {
      throw new IllegalStateException("withdrawal claim not accepted: " + r);
    }
    while (w.chain.receipt(a.tx().hash()).isEmpty()) {
      w.runFor(w.chain.config().slot());
    }
    Receipt rc = w.chain.receipt(a.tx().hash()).orElseThrow();
    claims.put(label, new Claim(label, p, wd.amountGwei(), rc, before, w.chain.balance(from)));
  }

  // ---- lookups on the derived chain ----

  List<L2Block> l2Blocks() {
    observer.sync();
    return observer.blocks();
  }

  /** The L2 block and position holding a transaction, or empty. */
  record Found(L2Block block, int index) {
    io.rampart.chain.stf.Receipt receipt() {
      return block.receipts().get(index);
    }
  }

  Optional<Found> find(Bytes32 hash) {
    for (L2Block b : l2Blocks()) {
      for (int i = 0; i < b.txs().size(); i++) {
        if (b.txs().get(i).hash().equals(hash)) {
          return Optional.of(new Found(b, i));
        }
      }
    }
    return Optional.empty();
  }

  /** Dave's transaction as it came through the forced queue, if it did. */
  Optional<Found> forcedDave() {
    for (L2Block b : l2Blocks()) {
      for (int i = 0; i < b.txs().size(); i++) {
        if (b.txs().get(i) instanceof L2Tx.Forced f && java.util.Arrays.equals(f.raw(), daveRaw)) {
          return Optional.of(new Found(b, i));
        }
      }
    }
    return Optional.empty();
  }

  static long blockOf(Optional<Found> f) {
    return f.map(x -> x.block().number()).orElse(-2L);
  }

  String l2Name(io.rampart.crypto.ecdsa.Address a) {
    return l2Names.getOrDefault(a, a.toString());
  }

  String name(Address a) {
    return w.names().getOrDefault(a, a.toString());
  }
}
