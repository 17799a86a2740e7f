package io.rampart.node.devnet;

import io.rampart.chain.derive.L1Item;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.Node;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.node.devnet.RollupViews.Commitment;
import io.rampart.node.devnet.RollupViews.Included;
import io.rampart.node.devnet.RollupViews.Outcome;
import io.rampart.node.devnet.RollupViews.Refused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the node's RPC methods ask of the embedded L1: views of the L1, the proposals and their
 * games, a withdrawal's stage; and the user operations (deposit, forced transaction, withdrawal
 * claim, the dev forgery switch), each journaled before it takes effect. Every method hands its
 * work to the L1 thread and answers a future.
 */
public final class Rollup {
  private final RollupL1 l1;
  private final RollupState state;

  Rollup(RollupL1 l1, RollupState state) {
    this.l1 = l1;
    this.state = state;
  }

  private <T> T view(Function<io.rampart.l1.exec.CallContext, T> fn) {
    return l1.chain.view(RollupL1.GAME, fn);
  }

  // ---- views (L1 thread) ----

  Commitment commitment(long p) {
    DisputeGame g = l1.game;
    DisputeGame.ProposalView v = view(c -> g.proposal(c, p));
    CommitmentStatus s = view(c -> g.status(c, p));
    long finalAfter = s instanceof CommitmentStatus.Pending(long fa) ? fa : -1;
    String status =
        switch (s) {
          case CommitmentStatus.Final f -> "final";
          case CommitmentStatus.Rejected r -> "rejected";
          case CommitmentStatus.Pending pd -> v.nodeCount() > 1 ? "disputed" : "pending";
          case CommitmentStatus.Unknown u -> "unknown";
        };
    return new Commitment(
        p,
        v.l2Block(),
        v.anchorBlock(),
        v.stateRoot(),
        v.withdrawalRoot(),
        v.traceRoot(),
        v.createdAt(),
        v.createdAt() / l1.settings.l1BlockSeconds(),
        status,
        finalAfter,
        v.proposer(),
        l1.game.params().bondGwei(0),
        v.nodeCount() - 1,
        state.forged(v.stateRoot()));
  }

  long proposalCount() {
    return view(l1.game::proposalCount);
  }

  public CompletableFuture<List<Commitment>> commitments(long from, int max) {
    return l1.call(
        () -> {
          List<Commitment> out = new ArrayList<>();
          for (long p = from; p < proposalCount() && out.size() < max; p++) {
            out.add(commitment(p));
          }
          return out;
        });
  }

  public CompletableFuture<Optional<RollupViews.Game>> game(long p) {
    return l1.call(
        () -> {
          if (p < 0 || p >= proposalCount()) {
            return Optional.empty();
          }
          DisputeGame g = l1.game;
          DisputeGame.ProposalView v = view(c -> g.proposal(c, p));
          List<RollupViews.GameNode> nodes = new ArrayList<>();
          for (Node n : view(c -> g.nodes(c, p))) {
            nodes.add(new RollupViews.GameNode(n, view(c -> g.deadlineOf(c, p, n))));
          }
          return Optional.of(new RollupViews.Game(commitment(p), v.result(), v.heldGwei(), nodes));
        });
  }

  public CompletableFuture<RollupViews.L1Status> status() {
    return l1.call(
        () -> {
          var head = l1.chain.head();
          List<RollupViews.Party> parties = new ArrayList<>();
          parties.add(party("sequencer", RollupL1.SEQUENCER));
          parties.add(party("proposer", RollupL1.PROPOSER));
          parties.add(party("challenger", RollupL1.CHALLENGER));
          var params = l1.game.params();
          return new RollupViews.L1Status(
              head.number(),
              head.timestamp(),
              l1.settings.l1BlockSeconds(),
              l1.genesisWallMillis(),
              RollupL1.INBOX,
              RollupL1.BRIDGE,
              RollupL1.GAME,
              l1.chain.balance(RollupL1.BRIDGE),
              l1.chain.balance(RollupL1.GAME),
              parties,
              state.batchesPosted(),
              state.sequencerGas(),
              proposalCount(),
              state.disputesOpen(),
              params.challengeWindow(),
              params.maxClock(),
              params.clockExtension(),
              l1.settings.forceDelaySeconds(),
              l1.honest.refresh(),
              state.origin());
        });
  }

  private RollupViews.Party party(String role, Address a) {
    return new RollupViews.Party(role, a, l1.chain.balance(a));
  }

  /** Where withdrawal {@code index}, sealed in L2 block {@code block}, stands on L1. */
  public CompletableFuture<RollupViews.WithdrawalL1> withdrawal(long index, long block) {
    return l1.call(
        () -> {
          long covering = -1;
          String stage = "sealed";
          for (long p = proposalCount() - 1; p >= 0; p--) {
            Commitment c = commitment(p);
            if (c.l2Block() >= block && c.status().equals("final")) {
              covering = p;
              stage = "final";
              break;
            }
            if (c.l2Block() >= block && covering < 0 && !c.status().equals("rejected")) {
              covering = p;
              stage = "proposed";
            }
          }
          Optional<Bytes32> by = state.paidBy(index);
          return new RollupViews.WithdrawalL1(by.isPresent() ? "paid" : stage, covering, by);
        });
  }

  // ---- operations ----

  public CompletableFuture<Outcome> deposit(
      Address from, io.rampart.crypto.ecdsa.Address to, long gwei) {
    return submit(
        () -> new L1Inputs.Deposit(from, L1Reader.toL1(to), gwei), rc -> systemTx(rc, true, null));
  }

  public CompletableFuture<Outcome> forceInclude(Address from, byte[] raw) {
    return submit(() -> new L1Inputs.Force(from, raw), rc -> systemTx(rc, false, raw));
  }

  public CompletableFuture<Boolean> forgeNextProposal() {
    return l1.call(
        () -> {
          l1.input(new L1Inputs.Forge());
          return true;
        });
  }

  /**
   * Claims withdrawal {@code w} (sealed in L2 block {@code block}) on L1 against the latest final
   * proposal covering that block; the bridge pays its owner's L1 address. The owner's L1 account
   * sends the claim if it can pay the gas, else the sequencer's relays it.
   */
  public CompletableFuture<Outcome> finalizeWithdrawal(
      io.rampart.chain.state.Withdrawal w, long block) {
    return l1.call(
            () -> {
              if (state.paidBy(w.index()).isPresent()) {
                return done(new Refused("withdrawal already paid on L1", "ALREADY_WITHDRAWN"));
              }
              long p = proposalCount() - 1;
              while (p >= 0
                  && !(commitment(p).l2Block() >= block
                      && commitment(p).status().equals("final"))) {
                p--;
              }
              if (p < 0) {
                return done(
                    new Refused(
                        "no final output root covers L2 block " + block + " yet", "NOT_FINAL"));
              }
              l1.honest.refresh();
              long l2Block = commitment(p).l2Block();
              var proof = l1.honest.chainTrace().withdrawalProof(l2Block, w.index());
              Address owner = L1Reader.toL1(w.owner());
              Address payer =
                  l1.chain.balance(owner).compareTo(Wei.ofGwei(10_000_000)) >= 0
                      ? owner
                      : RollupL1.SEQUENCER;
              var in =
                  new L1Inputs.Finalize(
                      payer, p, w.index(), L1Reader.toL1(w.owner()), w.amountGwei(), proof);
              return await(l1.input(in), rc -> new Included(rc, Optional.empty()));
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<Outcome> submit(
      java.util.function.Supplier<L1Inputs.Input> in, Function<Receipt, Outcome> then) {
    return l1.call(() -> await(l1.input(in.get()), then)).thenCompose(f -> f);
  }

  private CompletableFuture<Outcome> await(SubmitResult r, Function<Receipt, Outcome> then) {
    if (r instanceof SubmitResult.Rejected(var reason, var detail)) {
      return done(new Refused("L1 refused the transaction: " + detail, reason.name()));
    }
    return l1.receiptOf(((SubmitResult.Accepted) r).tx().hash()).thenApply(then);
  }

  private static CompletableFuture<Outcome> done(Outcome o) {
    return CompletableFuture.completedFuture(o);
  }

  /** The deposit or forced transaction that {@code rc}'s L1 transaction queued for the L2. */
  private Outcome systemTx(Receipt rc, boolean deposit, byte[] raw) {
    Optional<L2Tx> found = Optional.empty();
    if (rc.succeeded()) {
      Optional<Long> id =
          rc.logs().stream()
              .flatMap(lg -> Bridge.DepositEvent.from(lg, RollupL1.BRIDGE).stream())
              .map(Bridge.DepositEvent::id)
              .findFirst();
      for (L1Item item : l1.reader.read(l1.chain.block(rc.blockNumber()).orElseThrow()).items()) {
        if (found.isEmpty()
            && ((deposit
                    && item instanceof L1Item.DepositMade(L2Tx.Deposit d)
                    && id.isPresent()
                    && d.id() == id.get())
                || (!deposit
                    && item instanceof L1Item.ForcedSubmitted(L2Tx.Forced f)
                    && Arrays.equals(f.raw(), raw)))) {
          found =
              Optional.of(
                  deposit
                      ? ((L1Item.DepositMade) item).deposit()
                      : ((L1Item.ForcedSubmitted) item).forced());
        }
      }
    }
    return new Included(rc, found);
  }
}
