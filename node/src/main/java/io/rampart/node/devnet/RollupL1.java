package io.rampart.node.devnet;

import io.rampart.chain.derive.L1Item;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.chain.store.WriteBatch;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ChainListener;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.node.L1Node;
import io.rampart.models.optimistic.actors.DerivingSource;
import io.rampart.models.optimistic.actors.PlayerActor;
import io.rampart.models.optimistic.actors.ProposerActor;
import io.rampart.models.optimistic.actors.Strategy;
import io.rampart.models.optimistic.game.DerivedInputs;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameParams;
import io.rampart.models.optimistic.game.InputSchedule;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.models.optimistic.scenario.ChainWithdrawalVerifier;
import io.rampart.node.devnet.L1Inputs.Input;
import io.rampart.node.metrics.NodeMetrics;
import io.rampart.world.ActorId;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The devnet's embedded L1 running the optimistic rollup: the deterministic world of module {@code
 * world} with an {@link L1Node}, the inbox, the bridge and the dispute game, a {@link
 * ProposerActor} and an honest {@link PlayerActor} challenger (which also resolves games), paced to
 * the wall clock on its own thread. Every input from outside (genesis allocation, batches, user
 * deposits and forced transactions, withdrawal claims, the dev forgery switch) is journaled ({@link
 * L1Inputs}) before it takes effect, and replayed at its time on start, so the L1 and its games
 * survive restarts. The world is touched only on the L1 thread (or, for a stepped devnet, on the
 * caller's by {@link #sync}).
 */
public final class RollupL1 implements AutoCloseable {
  public static final Address INBOX = Address.named("rampart-inbox");
  public static final Address BRIDGE = Address.named("rampart-bridge");
  public static final Address GAME = Address.named("rampart-dispute-game");
  public static final Address SEQUENCER = Address.named("rampart-sequencer");
  public static final Address PROPOSER = Address.named("rampart-proposer");
  public static final Address CHALLENGER = Address.named("rampart-challenger");

  /** Operators' L1 balance at genesis. */
  static final Wei OPERATOR_FUNDS = Wei.ofEther(1_000_000);

  final RollupSettings settings;
  final ChainConfig cfg;
  final World world = new World(0x5eed_0001L);
  final L1Chain chain;
  final DisputeGame game;
  final L1Reader reader;
  final DerivingSource honest;
  final RollupState state;
  private final Rollup rollup;
  private final KeyValueStore kv;
  private final LongSupplier clockMillis;
  private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
  private final List<Block> fresh = new ArrayList<>();
  private final Map<Bytes32, CompletableFuture<Receipt>> waiting = new HashMap<>();
  private long genesisWallMillis;
  private long inputSeq;
  private volatile boolean closed;
  private Thread thread;

  RollupL1(
      ChainConfig cfg,
      Ecdsa ecdsa,
      RollupSettings settings,
      KeyValueStore kv,
      NodeMetrics metrics,
      LongSupplier clockMillis) {
    this.cfg = cfg;
    this.settings = settings;
    this.kv = kv;
    this.clockMillis = clockMillis;
    L1Config d = L1Config.defaults();
    this.chain =
        new L1Chain(
            new L1Config(
                d.fork(),
                SimDuration.ofSeconds(settings.l1BlockSeconds()),
                d.blockGasLimit(),
                d.baseFeePerGas(),
                d.finalityDepth(),
                d.maxReorgDepth(),
                d.retainBlocks()));
    this.reader = new L1Reader(INBOX, BRIDGE, settings.l1BlockSeconds());
    chain.deploy(new Inbox(INBOX, SEQUENCER, settings.forceDelaySeconds()));
    GameParams params = settings.gameParams();
    // one derivation from L1 data alone serves the game's inputs, the proposer, the challenger and
    // the node's own views: it is a pure function of the canonical L1 blocks, so a second copy
    // would only compute the same blocks again (docs/devnet.md, "Cost")
    InputSchedule derived = new InputSchedule(new DerivedChain(cfg, ecdsa, chain, reader));
    this.game = chain.deploy(new DisputeGame(GAME, params, cfg, ecdsa, new DerivedInputs(derived)));
    chain.deploy(new Bridge(BRIDGE, game, new ChainWithdrawalVerifier()));
    this.honest = new DerivingSource(derived);
    this.state = new RollupState(this, metrics);
    this.rollup = new Rollup(this, state);
    chain.addListener(
        new ChainListener() {
          @Override
          public void onBlock(Block block) {
            fresh.add(block);
          }

          @Override
          public void onRollback(long forkPoint, List<Block> orphaned) {}

          @Override
          public void onFinalized(long number) {}
        });
    ActorId l1 = world.spawn("l1", () -> new L1Node(chain));
    Supplier<DerivingSource> shared = () -> honest;
    SimDuration cadence = SimDuration.ofSeconds(settings.proposalIntervalSeconds());
    world.spawn(
        "proposer",
        () -> new ProposerActor(l1, chain, PROPOSER, game, shared, cadence, state::forge));
    Strategy s = new Strategy(CHALLENGER, params.arity(), new Strategy.Engagement.All());
    SimDuration poll = SimDuration.ofSeconds(settings.l1BlockSeconds());
    world.spawn(
        "challenger",
        () -> new PlayerActor(l1, chain, CHALLENGER, game, s, () -> honest, poll, true));
  }

  // ---- start ----

  /**
   * A new devnet: funds the operators and {@code accounts} on L1 (twice {@code gwei} each) and
   * deposits {@code gwei} from each to its L2 account, runs the L1 until the deposits are in, and
   * returns them in bridge order, for the L2 genesis block; its L1 origin is {@link #origin}.
   */
  List<L2Tx.Deposit> genesis(List<io.rampart.crypto.ecdsa.Address> accounts, long gwei) {
    WriteBatch wipe = new WriteBatch(); // inputs of an earlier attempt that never made a genesis
    kv.scan(new byte[] {'L'}, (k, v) -> wipe.delete(k));
    if (wipe.size() > 0) {
      kv.write(wipe);
    }
    for (Address a : List.of(SEQUENCER, PROPOSER, CHALLENGER)) {
      input(new L1Inputs.Fund(a, OPERATOR_FUNDS));
    }
    List<Bytes32> txs = new ArrayList<>();
    for (io.rampart.crypto.ecdsa.Address a : accounts) {
      input(new L1Inputs.Fund(L1Reader.toL1(a), Wei.ofGwei(gwei).times(2)));
    }
    if (gwei > 0) {
      for (io.rampart.crypto.ecdsa.Address a : accounts) {
        Address from = L1Reader.toL1(a);
        if (input(new L1Inputs.Deposit(from, from, gwei)) instanceof SubmitResult.Accepted ok) {
          txs.add(ok.tx().hash());
        }
      }
    }
    long slot = settings.l1BlockSeconds() * 1_000_000L;
    do {
      world.runUntil(SimTime.ofMicros(world.now().micros() + slot));
    } while (!txs.stream().allMatch(h -> chain.receipt(h).isPresent()));
    List<L2Tx.Deposit> out = new ArrayList<>();
    for (Block b : fresh) {
      for (L1Item item : reader.read(b).items()) {
        if (item instanceof L1Item.DepositMade(L2Tx.Deposit dep)) {
          out.add(dep);
        }
      }
    }
    fresh.clear();
    state.genesisDone(chain.head().number(), out.size());
    genesisWallMillis = clockMillis.getAsLong() - world.now().micros() / 1_000;
    kv.write(new WriteBatch().put(L1Inputs.genesisKey(), NodeKeys.longValue(genesisWallMillis)));
    return out;
  }

  /**
   * A devnet that ran before: replays the journaled inputs at their times, then catches up with the
   * wall clock. Deposits and forced transactions the L2 already queued ({@code nextDeposit}, {@code
   * nextForced} from its system journal) are not queued again.
   */
  void replay(SequencerLoop loop, long nextDeposit, long nextForced, List<Long> queuedForced) {
    byte[] g =
        kv.get(L1Inputs.genesisKey())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the data directory was made by a devnet without the embedded L1;"
                            + " start with a new --data-dir"));
    genesisWallMillis = NodeKeys.readLong(g);
    state.connect(loop, nextDeposit, nextForced, queuedForced);
    List<L1Inputs.Entry> entries = new ArrayList<>();
    kv.scan(L1Inputs.prefix(), (k, v) -> entries.add(L1Inputs.decode(v)));
    for (L1Inputs.Entry e : entries) {
      world.runUntil(SimTime.ofMicros(e.micros()));
      afterAdvance();
      apply(e.input());
      inputSeq++;
    }
    catchUp();
  }

  void connect(SequencerLoop loop, long nextDeposit, long nextForced) {
    state.connect(loop, nextDeposit, nextForced, List.of());
  }

  /** Starts the L1 thread (a live devnet). */
  void start() {
    thread = Thread.ofPlatform().name("rampart-l1").unstarted(this::run);
    thread.start();
  }

  // ---- the L1 thread ----

  private long simNowMicros() {
    return Math.max(world.now().micros(), (clockMillis.getAsLong() - genesisWallMillis) * 1_000);
  }

  private void catchUp() {
    world.runUntil(SimTime.ofMicros(simNowMicros()));
    afterAdvance();
  }

  private void run() {
    try {
      while (!closed) {
        catchUp();
        long next = world.nextEventTime().map(SimTime::micros).orElse(Long.MAX_VALUE);
        long waitMs = Math.clamp((next - simNowMicros()) / 1_000 + 1, 1, 250);
        Runnable c = commands.poll(waitMs, TimeUnit.MILLISECONDS);
        drain(c);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      System.err.println("embedded L1 stopped: " + e);
      throw e;
    } finally {
      drain(commands.poll());
    }
  }

  private void drain(Runnable first) {
    for (Runnable c = first; c != null; c = commands.poll()) {
      catchUp();
      c.run();
      afterAdvance();
    }
  }

  /** For a stepped devnet: runs the queued commands and the L1 up to the clock, on this thread. */
  void sync() {
    catchUp();
    drain(commands.poll());
  }

  /** Forwards what new L1 blocks hold to the L2 and completes waiting receipts. */
  private void afterAdvance() {
    if (fresh.isEmpty()) {
      return;
    }
    List<Block> blocks = new ArrayList<>(fresh);
    fresh.clear();
    for (Block b : blocks) {
      state.onBlock(b);
      for (L1Tx tx : b.transactions()) {
        CompletableFuture<Receipt> f = waiting.remove(tx.hash());
        if (f != null) {
          f.complete(chain.receipt(tx.hash()).orElseThrow());
        }
      }
    }
  }

  // ---- inputs ----

  /**
   * Applies {@code in} and, unless the L1 refused it (which changes nothing), journals it (synced)
   * at the current L1 time. Null for inputs that are no transaction.
   */
  SubmitResult input(Input in) {
    SubmitResult r = apply(in);
    if (!(r instanceof SubmitResult.Rejected)) {
      kv.write(
          new WriteBatch()
              .put(L1Inputs.key(inputSeq++), L1Inputs.encode(world.now().micros(), in)));
    }
    return r;
  }

  private SubmitResult apply(Input in) {
    return switch (in) {
      case L1Inputs.Fund f -> {
        chain.fund(f.to(), f.amount());
        yield null;
      }
      case L1Inputs.Deposit d ->
          chain.submit(
              TxRequest.call(d.from(), BRIDGE, new Bridge.Deposit(d.to()), 200_000)
                  .withValue(Wei.ofGwei(d.gwei())));
      case L1Inputs.PostBatch p -> {
        state.batchPosted(p.seq());
        long gas = Math.min(21_000 + 48L * p.data().length + 200_000, 40_000_000);
        yield chain.submit(TxRequest.call(SEQUENCER, INBOX, new Inbox.PostBatch(p.data(), 0), gas));
      }
      case L1Inputs.Force f ->
          chain.submit(TxRequest.call(f.from(), INBOX, new Inbox.ForceInclude(f.raw()), 400_000));
      case L1Inputs.Forge g -> {
        state.forgeNext();
        yield null;
      }
      case L1Inputs.Finalize f ->
          chain.submit(
              TxRequest.call(
                  f.from(),
                  BRIDGE,
                  new Bridge.FinalizeWithdrawal(
                      f.proposal(),
                      new io.rampart.l1.contracts.bridge.Withdrawal(
                          f.index(), f.recipient(), f.gwei()),
                      f.index(),
                      f.proof()),
                  600_000));
    };
  }

  /** The receipt of {@code tx} once a block includes it (L1 thread). */
  CompletableFuture<Receipt> receiptOf(Bytes32 tx) {
    CompletableFuture<Receipt> f = new CompletableFuture<>();
    chain.receipt(tx).ifPresentOrElse(f::complete, () -> waiting.put(tx, f));
    return f;
  }

  /** Runs {@code fn} on the L1 thread. */
  <T> CompletableFuture<T> call(Supplier<T> fn) {
    CompletableFuture<T> f = new CompletableFuture<>();
    if (closed) {
      f.completeExceptionally(new IllegalStateException("the node is shutting down"));
      return f;
    }
    commands.add(
        () -> {
          try {
            f.complete(fn.get());
          } catch (RuntimeException e) {
            f.completeExceptionally(e);
          }
        });
    return f;
  }

  /** Queues batch {@code seq} for the inbox (called on the sequencer thread). */
  void postBatch(long seq, byte[] data) {
    commands.add(() -> input(new L1Inputs.PostBatch(seq, data)));
  }

  long genesisWallMillis() {
    return genesisWallMillis;
  }

  RollupState state() {
    return state;
  }

  /** The RPC methods' way in. */
  public Rollup rollup() {
    return rollup;
  }

  /** Stops the L1 thread after the commands already queued. */
  @Override
  public void close() {
    closed = true;
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      drain(commands.poll());
    }
  }
}
