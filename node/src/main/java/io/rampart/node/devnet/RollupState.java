package io.rampart.node.devnet;

import io.rampart.chain.derive.L1Item;
import io.rampart.chain.state.StateRoots;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.node.metrics.NodeMetrics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The node's side of the embedded L1: forwards deposits and forced transactions to the L2 sequencer
 * (and moves the L2's L1 origin once they are queued), keeps the metrics, the dev forgery switch
 * and which withdrawals were paid, and answers the RPC methods. Everything but {@link #origin} runs
 * on the L1 thread; the public methods hand their work to it.
 */
public final class RollupState {
  private final RollupL1 l1;
  private final NodeMetrics metrics;
  private SequencerLoop loop;
  private long nextDeposit;
  private long nextForced;
  private volatile long origin;
  private CompletableFuture<Void> forwarded = CompletableFuture.completedFuture(null);
  private boolean forgeNext;
  private final Set<Bytes32> forgedRoots = new HashSet<>();
  private final Map<Long, Bytes32> paid = new HashMap<>();
  private long batchesPosted;
  private long sequencerGas;
  private long settledBelow;
  private long disputesOpen;

  /** Deadlines (L1 blocks) of forced transactions the L2 has queued and not yet included. */
  private final java.util.TreeMap<Long, Integer> deadlines = new java.util.TreeMap<>();

  private boolean holding;

  /** How many L1 blocks before a forced deadline the sequencer posts everything and waits. */
  static final int HOLD_BLOCKS = 3;

  RollupState(RollupL1 l1, NodeMetrics metrics) {
    this.l1 = l1;
    this.metrics = metrics;
  }

  void genesisDone(long l1Block, int deposits) {
    origin = l1Block;
    nextDeposit = deposits;
  }

  void connect(SequencerLoop loop, long nextDeposit, long nextForced, List<Long> queuedForced) {
    this.loop = loop;
    this.nextDeposit = nextDeposit;
    this.nextForced = nextForced;
    queuedForced.forEach(d -> deadlines.merge(d, 1, Integer::sum));
  }

  /** The L1 block whose deposits and forced transactions the L2 has queued (any thread). */
  long origin() {
    return origin;
  }

  void batchPosted(long seq) {
    batchesPosted = Math.max(batchesPosted, seq + 1);
  }

  long batchesPosted() {
    return batchesPosted;
  }

  void forgeNext() {
    forgeNext = true;
  }

  /** The proposer's output: the true one, or once after {@link #forgeNext} a wrong one. */
  GameCalls.ProposeOutput forge(ChainTrace.Output out) {
    Bytes32 wr = out.withdrawalRoot();
    Bytes32 sr = out.stateRoot();
    if (forgeNext) {
      forgeNext = false;
      byte[] b = Arrays.copyOf(wr.toArray(), 38);
      System.arraycopy("forged".getBytes(StandardCharsets.US_ASCII), 0, b, 32, 6);
      wr = l1.cfg.hasher().hash(b);
      sr = StateRoots.stateRoot(l1.cfg.hasher(), out.accountRoot(), out.nextIndex(), wr);
      forgedRoots.add(sr);
    }
    return new GameCalls.ProposeOutput(
        out.block(), sr, wr, out.accountRoot(), out.nextIndex(), out.addressRoot(), -1);
  }

  /** A new L1 block: gas spent by the operators, paid withdrawals, forwarding to the L2. */
  void onBlock(Block b) {
    for (int i = 0; i < b.transactions().size(); i++) {
      L1Tx tx = b.transactions().get(i);
      Receipt r = b.receipts().get(i);
      if (tx.from().equals(RollupL1.SEQUENCER)) {
        sequencerGas += r.gasUsed();
      }
      if (tx.from().equals(RollupL1.SEQUENCER)
          || tx.from().equals(RollupL1.PROPOSER)
          || tx.from().equals(RollupL1.CHALLENGER)) {
        metrics.l1GasSpent.add(r.gasUsed());
      }
      if (tx.call() instanceof Bridge.FinalizeWithdrawal fw && r.succeeded()) {
        paid.put(fw.withdrawal().id(), tx.hash());
      }
    }
    if (loop != null) {
      List<CompletableFuture<L2Tx>> fs = new ArrayList<>();
      for (L1Item item : l1.reader.read(b).items()) {
        switch (item) {
          case L1Item.DepositMade(L2Tx.Deposit d) when d.id() >= nextDeposit -> {
            fs.add(enqueue(true, d, d.id()));
            nextDeposit = d.id() + 1;
          }
          case L1Item.ForcedSubmitted(L2Tx.Forced f) when f.id() >= nextForced -> {
            fs.add(enqueue(false, f, f.id()));
            nextForced = f.id() + 1;
            deadlines.merge(f.deadline(), 1, Integer::sum);
          }
          default -> {}
        }
      }
      long n = b.number();
      forwarded =
          CompletableFuture.allOf(
                  forwarded, CompletableFuture.allOf(fs.toArray(new CompletableFuture<?>[0])))
              .thenRun(() -> origin = Math.max(origin, n));
      forcedInclusion(n);
    }
    updateDisputes();
  }

  /**
   * Derivation includes a forced transaction on its own, in a block it appends at the deadline
   * (docs/chain.md, "Derivation"). The L2 follows: {@link #HOLD_BLOCKS} before it, the sequencer
   * posts what it has and seals nothing more; at the deadline it seals that same block.
   */
  private void forcedInclusion(long n) {
    if (deadlines.isEmpty()) {
      return;
    }
    long due = deadlines.firstKey();
    if (n >= due) {
      deadlines.headMap(n, true).clear();
      boolean stay = !deadlines.isEmpty() && deadlines.firstKey() - HOLD_BLOCKS <= n;
      loop.send(new SequencerLoop.SealDerived(n, stay, new CompletableFuture<>()));
      holding = stay;
    } else if (n >= due - HOLD_BLOCKS && !holding) {
      loop.send(new SequencerLoop.Hold(new CompletableFuture<>()));
      holding = true;
    }
  }

  private CompletableFuture<L2Tx> enqueue(boolean deposit, L2Tx tx, long id) {
    CompletableFuture<L2Tx> f = new CompletableFuture<>();
    loop.send(
        new SequencerLoop.Enqueue(
            deposit,
            assigned -> {
              if (assigned != id) {
                throw new IllegalStateException(
                    "L2 system id " + assigned + " for L1 id " + id + ": journals disagree");
              }
              return tx;
            },
            f));
    return f;
  }

  private <T> T view(Function<io.rampart.l1.exec.CallContext, T> fn) {
    return l1.chain.view(RollupL1.GAME, fn);
  }

  private void updateDisputes() {
    DisputeGame g = l1.game;
    long count = view(g::proposalCount);
    long open = 0;
    boolean settledSoFar = true;
    for (long p = settledBelow; p < count; p++) {
      long q = p;
      CommitmentStatus s = view(c -> g.status(c, q));
      boolean settled =
          s instanceof CommitmentStatus.Final || s instanceof CommitmentStatus.Rejected;
      if (settled && settledSoFar) {
        settledBelow = p + 1;
      } else {
        settledSoFar = false;
      }
      if (!settled && view(c -> g.proposal(c, q)).nodeCount() > 1) {
        open++;
      }
    }
    disputesOpen = open;
    metrics.disputesOpen.set(open);
  }

  boolean forged(Bytes32 stateRoot) {
    return forgedRoots.contains(stateRoot);
  }

  java.util.Optional<Bytes32> paidBy(long withdrawal) {
    return java.util.Optional.ofNullable(paid.get(withdrawal));
  }

  long disputesOpen() {
    return disputesOpen;
  }

  long sequencerGas() {
    return sequencerGas;
  }
}
