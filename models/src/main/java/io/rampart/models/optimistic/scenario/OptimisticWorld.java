package io.rampart.models.optimistic.scenario;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.node.L1Node;
import io.rampart.models.optimistic.actors.DerivingSource;
import io.rampart.models.optimistic.actors.PlayerActor;
import io.rampart.models.optimistic.actors.ProposerActor;
import io.rampart.models.optimistic.actors.SequencerActor;
import io.rampart.models.optimistic.actors.Strategy;
import io.rampart.models.optimistic.actors.TraceSource;
import io.rampart.models.optimistic.game.DerivedInputs;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.game.GameParams;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.world.ActorId;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A deterministic world running the optimistic rollup end to end: the embedded L1 with the inbox,
 * the bridge and the dispute game; a sequencer; proposers and challengers added by the scenario;
 * users whose deposits, transfers and withdrawals the scenario schedules. Invariants checked after
 * every event: the game contract holds exactly the bonds of unresolved nodes, and no proposal whose
 * root differs from the true one is ever final.
 */
public final class OptimisticWorld {
  public static final long CHAIN_ID = 901;
  public static final Address SEQUENCER = Address.named("sequencer");
  public static final Address INBOX = Address.named("inbox");
  public static final Address BRIDGE = Address.named("bridge");
  public static final Address GAME = Address.named("dispute-game");
  public static final ActorId USER = ActorId.of("user");
  public static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

  /** Scenario settings. */
  public record Setup(
      long seed, GameParams params, long forceDelaySeconds, SimDuration poll, SimDuration cadence) {
    public static Setup defaults(long seed) {
      return new Setup(
          seed,
          GameParams.defaults(),
          3_600,
          SimDuration.ofSeconds(3_600),
          SimDuration.ofSeconds(1_800));
    }

    public Setup withParams(GameParams p) {
      return new Setup(seed, p, forceDelaySeconds, poll, cadence);
    }
  }

  public final Setup setup;
  public final World world;
  public final L1Chain chain;
  public final ChainConfig cfg;
  public final Ecdsa ecdsa = Ecdsa.defaultInstance();
  public final L1Reader reader;
  public final DisputeGame game;
  public final Bridge bridge;
  public final Timeline timeline;
  public final ActorId l1;
  public final ActorId sequencer;
  public final List<PrivateKey> users = new ArrayList<>();
  private final Map<Address, String> names = new LinkedHashMap<>();
  private final Map<Integer, Long> nonces = new HashMap<>();
  private final DerivingSource observer;
  private final Map<Long, Long> settledAt = new HashMap<>();
  private long checkedHead = -1;
  private io.rampart.crypto.Bytes32 checkedHash;
  private long nextDue = Long.MIN_VALUE;

  public OptimisticWorld(Setup setup, int userCount, Set<Integer> censoredUsers) {
    this(setup, userCount, censoredUsers, false);
  }

  /** As above; with {@code blobBatches} the sequencer posts its batches in blobs. */
  public OptimisticWorld(
      Setup setup, int userCount, Set<Integer> censoredUsers, boolean blobBatches) {
    this.setup = setup;
    this.world = new World(setup.seed());
    this.chain = new L1Chain(L1Config.defaults());
    SplittableRandom keys = new SplittableRandom(setup.seed() ^ 0x05eed);
    for (int i = 0; i < userCount; i++) {
      users.add(PrivateKey.generate(keys));
    }
    var feeRecipient = PrivateKey.generate(keys).address();
    this.cfg =
        new ChainConfig(
            CHAIN_ID,
            Keccak256.INSTANCE,
            feeRecipient,
            FeeParams.defaults(),
            ChainConfig.DEFAULT_MAX_TX_BYTES);
    long slot = chain.config().slot().toSeconds();
    this.reader = new L1Reader(INBOX, BRIDGE, slot);
    chain.deploy(new Inbox(INBOX, SEQUENCER, setup.forceDelaySeconds()));
    DerivedChain contractView = new DerivedChain(cfg, ecdsa, chain, reader);
    this.game =
        chain.deploy(
            new DisputeGame(GAME, setup.params(), cfg, ecdsa, new DerivedInputs(contractView)));
    this.bridge = chain.deploy(new Bridge(BRIDGE, game, new ChainWithdrawalVerifier()));
    names.put(SEQUENCER, "sequencer");
    names.put(DisputeGame.BURN, "burn");
    chain.fund(SEQUENCER, Wei.ofEther(10_000));
    for (int i = 0; i < userCount; i++) {
      Address a = l1Address(i);
      names.put(a, "user" + i);
      chain.fund(a, Wei.ofEther(1_000));
    }
    this.timeline = new Timeline(GAME, names);
    chain.addListener(timeline);
    this.l1 = world.spawn("l1", () -> new L1Node(chain));
    var censored = new java.util.HashSet<io.rampart.crypto.ecdsa.Address>();
    for (int i : censoredUsers) {
      censored.add(users.get(i).address());
    }
    this.sequencer =
        world.spawn(
            "sequencer",
            () ->
                new SequencerActor(
                    l1, chain, cfg, ecdsa, reader, SEQUENCER, INBOX, censored, blobBatches));
    this.observer = new DerivingSource(new DerivedChain(cfg, ecdsa, chain, reader));
    world.addInvariant("bonds held = unresolved bonds", this::checkBonds);
    world.addInvariant("no wrong root is final", this::checkWrongNeverFinal);
  }

  // ---- parties ----

  public Address party(String name) {
    Address a = Address.named(name);
    names.put(a, name);
    chain.fund(a, Wei.ofEther(10_000));
    return a;
  }

  public Supplier<DerivingSource> honestSource() {
    return () -> new DerivingSource(new DerivedChain(cfg, ecdsa, chain, reader));
  }

  /** A proposer posting every cadence; {@code forge} (nullable) makes it dishonest. */
  public ActorId spawnProposer(
      String name, Address me, Function<ChainTrace.Output, GameCalls.ProposeOutput> forge) {
    return world.spawn(
        name, () -> new ProposerActor(l1, chain, me, game, honestSource(), setup.cadence(), forge));
  }

  public ActorId spawnPlayer(
      String name,
      Address me,
      Strategy.Engagement engagement,
      Supplier<? extends TraceSource> source,
      boolean resolver) {
    Strategy s = new Strategy(me, setup.params().arity(), engagement);
    return world.spawn(
        name,
        () -> new PlayerActor(l1, chain, me, game, s, () -> source.get(), setup.poll(), resolver));
  }

  // ---- users ----

  public Address l1Address(int user) {
    return L1Reader.toL1(users.get(user).address());
  }

  public io.rampart.crypto.ecdsa.Address l2Address(int user) {
    return users.get(user).address();
  }

  /** Schedules a deposit of {@code gwei} from user's L1 account to its L2 account at {@code t}. */
  public void depositAt(SimTime t, int user, long gwei) {
    world.at(
        t,
        "deposit user" + user,
        w ->
            chain.submit(
                TxRequest.call(
                        l1Address(user), BRIDGE, new Bridge.Deposit(l1Address(user)), 200_000)
                    .withValue(Wei.ofGwei(gwei))));
  }

  /** Signs a transfer (next nonce) from {@code user}; {@code to} may be the withdrawal address. */
  public byte[] signTransfer(int user, io.rampart.crypto.ecdsa.Address to, long gwei) {
    long nonce = nonces.getOrDefault(user, 0L);
    nonces.put(user, nonce + 1);
    var tx =
        new DynamicFeeTransaction(
            CHAIN_ID,
            nonce,
            BigInteger.valueOf(1_000_000),
            GWEI,
            21_000,
            Optional.of(to),
            BigInteger.valueOf(gwei).multiply(GWEI),
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, users.get(user), ecdsa).encoded();
  }

  public void transferAt(SimTime t, int user, io.rampart.crypto.ecdsa.Address to, long gwei) {
    byte[] raw = signTransfer(user, to, gwei);
    world.at(
        t,
        "l2 transfer user" + user,
        w -> w.inject(USER, sequencer, new SequencerActor.Submit(raw)));
  }

  public void withdrawAt(SimTime t, int user, long gwei) {
    transferAt(t, user, ChainConfig.WITHDRAWAL_ADDRESS, gwei);
  }

  /** Queues {@code raw} in the inbox's forced queue at {@code t}, sent by the user on L1. */
  public void forceAt(SimTime t, int user, byte[] raw) {
    world.at(
        t,
        "force-include user" + user,
        w ->
            chain.submit(
                TxRequest.call(l1Address(user), INBOX, new Inbox.ForceInclude(raw), 300_000)));
  }

  /** Submits a withdrawal finalization now and runs until it is in a block; returns its receipt. */
  public Receipt finalizeWithdrawal(
      int user,
      long proposal,
      io.rampart.chain.state.Withdrawal w,
      List<io.rampart.crypto.Bytes32> proof) {
    var call =
        new Bridge.FinalizeWithdrawal(
            proposal,
            new io.rampart.l1.contracts.bridge.Withdrawal(
                w.index(), L1Reader.toL1(w.owner()), w.amountGwei()),
            w.index(),
            proof);
    SubmitResult r = chain.submit(TxRequest.call(l1Address(user), BRIDGE, call, 500_000));
    if (!(r instanceof SubmitResult.Accepted a)) {
      throw new IllegalStateException("not accepted: " + r);
    }
    while (chain.receipt(a.tx().hash()).isEmpty()) {
      runFor(chain.config().slot());
    }
    return chain.receipt(a.tx().hash()).orElseThrow();
  }

  // ---- running ----

  public void runFor(SimDuration d) {
    world.runFor(d);
  }

  public void runUntil(SimTime t) {
    world.runUntil(t);
  }

  public long now() {
    return chain.head().timestamp();
  }

  public CommitmentStatus status(long proposal) {
    return chain.view(GAME, c -> game.status(c, proposal));
  }

  public DisputeGame.ProposalView proposal(long p) {
    return chain.view(GAME, c -> game.proposal(c, p));
  }

  public long proposalCount() {
    return chain.view(GAME, game::proposalCount);
  }

  /** The true trace, derived from L1 by an observer. */
  public ChainTrace truth() {
    observer.refresh();
    return observer.chainTrace();
  }

  /** Whether proposal {@code p} carries the true root of its block. */
  public boolean isTrue(long p) {
    DisputeGame.ProposalView v = proposal(p);
    return truth().blockRoot(v.l2Block() + 1).equals(v.traceRoot());
  }

  /** L1 timestamp at which proposal {@code p} was first seen final or rejected, if it was. */
  public Optional<Long> settledAt(long p) {
    return Optional.ofNullable(settledAt.get(p));
  }

  public Map<Address, String> names() {
    return names;
  }

  // ---- invariants ----

  /**
   * True when neither game invariant can have changed since the last check: the checked head is
   * still canonical, no later block has a transaction to the game, and no unchallenged proposal's
   * window has ended since (the game's balance, nodes and statuses change only then).
   */
  private boolean gameUnchanged(long head) {
    if (checkedHash == null
        || head < checkedHead
        || chain.head().timestamp() > nextDue
        || !chain.blockHash(checkedHead).equals(Optional.of(checkedHash))) {
      return false;
    }
    for (long n = checkedHead + 1; n <= head; n++) {
      Optional<io.rampart.l1.chain.Block> b = chain.block(n);
      if (b.isEmpty()) {
        return false;
      }
      for (io.rampart.l1.chain.L1Tx tx : b.get().transactions()) {
        if (GAME.equals(tx.to())) {
          return false;
        }
      }
    }
    return true;
  }

  private Optional<String> checkBonds() {
    long head = chain.head().number();
    if (head == checkedHead || gameUnchanged(head)) {
      return Optional.empty();
    }
    long held = 0;
    for (long p = 0; p < proposalCount(); p++) {
      held += proposal(p).heldGwei();
    }
    Wei balance = chain.balance(GAME);
    if (!balance.equals(Wei.ofGwei(held))) {
      return Optional.of("game holds " + balance + " but unresolved bonds are " + held + " gwei");
    }
    return Optional.empty();
  }

  private Optional<String> checkWrongNeverFinal() {
    long head = chain.head().number();
    if (head == checkedHead) {
      return Optional.empty();
    }
    boolean unchanged = gameUnchanged(head);
    checkedHead = head;
    checkedHash = chain.head().hash();
    if (unchanged) {
      return Optional.empty();
    }
    nextDue = Long.MAX_VALUE;
    for (long p = 0; p < proposalCount(); p++) {
      CommitmentStatus s = status(p);
      if (s instanceof CommitmentStatus.Pending(long finalAfter) && finalAfter >= 0) {
        nextDue = Math.min(nextDue, finalAfter);
      }
      if (s instanceof CommitmentStatus.Final || s instanceof CommitmentStatus.Rejected) {
        settledAt.putIfAbsent(p, now());
      }
      if (s instanceof CommitmentStatus.Final && !isTrue(p)) {
        return Optional.of("proposal " + p + " with a wrong root is final");
      }
    }
    return Optional.empty();
  }
}
