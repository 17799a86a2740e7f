package io.rampart.models.optimistic.game;

import io.rampart.chain.state.StateRoots;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.hash.Hasher;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.contracts.settlement.Commitment;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.contracts.settlement.FinalityCheck;
import io.rampart.l1.contracts.settlement.SettlementContract;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.ContractCall;
import io.rampart.l1.exec.Revert;
import io.rampart.models.optimistic.game.GameStore.Proposal;
import io.rampart.models.optimistic.step.MeteredHasher;
import io.rampart.models.optimistic.trace.TraceRoots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optimistic rollup's settlement contract: permissionless output proposals, each with its own
 * dispute game (docs/optimistic.md). Anyone may counter any node of any game with a bond; a game
 * resolves bottom-up (a node stands iff none of its children stands); a lost bond goes to the first
 * standing child's claimant, less the burnt share, and a standing node's bond returns to its
 * claimant.
 *
 * <p>The moves (dissect, select, step) are {@link GameMoves}, their clocks {@link GameClock}.
 *
 * <p>Finality: a proposal nobody countered is final strictly after {@code createdAt +
 * challengeWindow}; a countered one is final once its root node resolves as standing and rejected
 * once it resolves as countered.
 */
public final class DisputeGame implements SettlementContract {
  public static final Address BURN = Address.named("burn");
  public static final Bytes32 PROPOSED = Abi.eventTopic("OutputProposed(uint256,uint256,bytes32)");
  public static final Bytes32 MOVED = Abi.eventTopic("Move(uint256,uint256,uint256)");
  public static final Bytes32 BOND_PAID =
      Abi.eventTopic("BondPaid(uint256,uint256,address,uint256,uint256)");
  public static final Bytes32 RESOLVED = Abi.eventTopic("GameResolved(uint256,uint256)");

  /** Gas charged for reading a block's input commitment (a cold SLOAD and a cold account). */
  public static final long INPUT_READ_GAS = 2_100 + 2_600;

  public static final long RESULT_OPEN = 0;
  public static final long RESULT_DEFENDER_WINS = 1;
  public static final long RESULT_CHALLENGER_WINS = 2;

  private final Address address;
  private final GameParams params;
  private final BlockInputs inputs;
  private final Bytes32 genesisRoot;
  private final GameClock clock;
  private final GameMoves moves;

  public DisputeGame(
      Address address, GameParams params, ChainConfig chain, Ecdsa ecdsa, BlockInputs inputs) {
    this.address = address;
    this.params = params;
    this.inputs = inputs;
    this.genesisRoot = TraceRoots.genesis(chain.hasher());
    this.clock = new GameClock(params);
    this.moves = new GameMoves(params, chain, ecdsa, inputs, clock);
  }

  @Override
  public Address address() {
    return address;
  }

  public GameParams params() {
    return params;
  }

  @Override
  public void execute(CallContext ctx, ContractCall call) {
    switch (call) {
      case GameCalls.ProposeOutput p -> proposeOutput(ctx, p);
      case GameCalls.Dissect d -> moves.dissect(ctx, d);
      case GameCalls.Select s -> moves.select(ctx, s);
      case GameCalls.Step s -> moves.step(ctx, s);
      case GameCalls.Resolve r -> resolve(ctx, r);
      case SettlementContract.Propose p -> propose(ctx, p.commitment());
      default -> throw new Revert("UNKNOWN_CALL");
    }
  }

  /** A bare commitment cannot be disputed: proposals must carry the output's components. */
  @Override
  public void propose(CallContext ctx, Commitment commitment) {
    throw new Revert("USE_PROPOSE_OUTPUT");
  }

  // ---- proposals ----

  private void proposeOutput(CallContext ctx, GameCalls.ProposeOutput p) {
    moves.requireBond(ctx, 0);
    Hasher h = new MeteredHasher(ctx);
    ctx.gas().charge(INPUT_READ_GAS);
    CallContext.require(p.l2Block() >= 0 && p.l2Block() < inputs.blockCount(), "BLOCK_NOT_DERIVED");
    Bytes32 state = StateRoots.stateRoot(h, p.accountRoot(), p.nextIndex(), p.withdrawalRoot());
    CallContext.require(state.equals(p.stateRoot()), "STATE_ROOT_MISMATCH");
    Bytes32 trace = TraceRoots.of(h, p.stateRoot(), p.addressRoot());
    long anchorBlock = -1;
    Bytes32 anchorRoot = genesisRoot;
    long count = ctx.sloadLong(GameStore.COUNT);
    if (p.anchor() >= 0) {
      CallContext.require(p.anchor() < count, "UNKNOWN_ANCHOR");
      CallContext.require(
          status(ctx, p.anchor()) instanceof CommitmentStatus.Final, "ANCHOR_NOT_FINAL");
      Proposal a = GameStore.readProposal(ctx, p.anchor());
      anchorBlock = a.l2Block();
      anchorRoot = a.traceRoot();
    }
    CallContext.require(p.l2Block() > anchorBlock, "NOT_AFTER_ANCHOR");
    ctx.sstoreLong(GameStore.COUNT, count + 1);
    long bond = params.bondGwei(0);
    GameStore.writeProposal(
        ctx,
        new Proposal(
            count,
            p.l2Block(),
            anchorBlock,
            ctx.timestamp(),
            1,
            RESULT_OPEN,
            bond,
            p.stateRoot(),
            p.withdrawalRoot(),
            trace,
            anchorRoot,
            ctx.sender()));
    Node root =
        new Node(
            0,
            -1,
            Node.Kind.CLAIM,
            Node.Level.BLOCK,
            0,
            anchorBlock + 1,
            p.l2Block() + 1,
            0,
            ctx.timestamp(),
            0,
            bond,
            ctx.sender(),
            anchorRoot,
            trace,
            List.of(),
            0,
            -1,
            0,
            Node.Resolution.OPEN);
    GameStore.writeNode(ctx, count, root);
    ctx.emit(List.of(PROPOSED, CallContext.word(count)), Abi.encode(p.l2Block(), trace));
  }

  // ---- resolution ----

  private void resolve(CallContext ctx, GameCalls.Resolve r) {
    CallContext.require(ctx.value().isZero(), "NOT_PAYABLE");
    GameMoves.Target t = GameMoves.target(ctx, r.proposal(), r.node());
    long p = r.proposal();
    Node n = t.node();
    CallContext.require(n.resolution() == Node.Resolution.OPEN, "RESOLVED");
    CallContext.require(n.unresolvedChildren() == 0, "CHILDREN_OPEN");
    CallContext.require(
        n.kind() == Node.Kind.STEP || ctx.timestamp() > clock.deadline(ctx, p, n), "CLOCK_RUNNING");
    boolean countered = n.firstUncountered() >= 0;
    long bond = n.bondGwei();
    long burnt = 0;
    Address to = n.claimant();
    if (countered) {
      to = GameStore.readNode(ctx, p, n.firstUncountered(), false).claimant();
      burnt = bond * params.burnPercent() / 100;
    }
    GameStore.writeTally(
        ctx,
        p,
        n.id(),
        0,
        n.firstUncountered(),
        (countered ? Node.Resolution.COUNTERED : Node.Resolution.STANDS).ordinal(),
        n.childCount());
    Proposal q = GameStore.readProposal(ctx, p);
    long result = q.result();
    if (n.isRoot()) {
      result = countered ? RESULT_CHALLENGER_WINS : RESULT_DEFENDER_WINS;
      ctx.emit(List.of(RESOLVED, CallContext.word(p)), Abi.encode(result));
    } else {
      Node parent = GameStore.readNode(ctx, p, n.parent(), false);
      long first = parent.firstUncountered();
      if (!countered && (first < 0 || n.id() < first)) {
        first = n.id();
      }
      GameStore.writeTally(
          ctx,
          p,
          parent.id(),
          parent.unresolvedChildren() - 1,
          first,
          parent.resolution().ordinal(),
          parent.childCount());
    }
    GameStore.writeResult(ctx, p, result, q.heldGwei() - bond);
    ctx.transfer(to, Wei.ofGwei(bond - burnt));
    if (burnt > 0) {
      ctx.transfer(BURN, Wei.ofGwei(burnt));
    }
    ctx.emit(List.of(BOND_PAID, CallContext.word(p)), Abi.encode(n.id(), to, bond - burnt, burnt));
  }

  // ---- views ----

  @Override
  public CommitmentStatus status(CallContext ctx, long index) {
    return finalityCheck(ctx, index).status();
  }

  @Override
  public Optional<Bytes32> finalWithdrawalRoot(CallContext ctx, long index) {
    return finalityCheck(ctx, index).withdrawalRoot();
  }

  /** One read of the proposal gives both the status and, when final, its withdrawal root. */
  @Override
  public FinalityCheck finalityCheck(CallContext ctx, long index) {
    if (index < 0 || index >= ctx.sloadLong(GameStore.COUNT)) {
      return FinalityCheck.notFinal(new CommitmentStatus.Unknown());
    }
    Proposal q = GameStore.readProposal(ctx, index);
    if (q.result() == RESULT_DEFENDER_WINS) {
      return FinalityCheck.finalWith(q.withdrawalRoot());
    }
    if (q.result() == RESULT_CHALLENGER_WINS) {
      return FinalityCheck.notFinal(new CommitmentStatus.Rejected("dispute lost"));
    }
    Node root = GameStore.readNode(ctx, index, 0, false);
    if (root.childCount() > 0) {
      return FinalityCheck.notFinal(new CommitmentStatus.Pending(-1));
    }
    long finalAfter = q.createdAt() + params.challengeWindow();
    return ctx.timestamp() > finalAfter
        ? FinalityCheck.finalWith(q.withdrawalRoot())
        : FinalityCheck.notFinal(new CommitmentStatus.Pending(finalAfter));
  }

  /** Read-only: number of proposals. */
  public long proposalCount(CallContext ctx) {
    return ctx.sloadLong(GameStore.COUNT);
  }

  /** Read-only view of a proposal. */
  public ProposalView proposal(CallContext ctx, long p) {
    Proposal q = GameStore.readProposal(ctx, p);
    return new ProposalView(
        p,
        q.l2Block(),
        q.anchorBlock(),
        q.createdAt(),
        q.nodeCount(),
        q.result(),
        q.heldGwei(),
        q.stateRoot(),
        q.withdrawalRoot(),
        q.traceRoot(),
        q.proposer());
  }

  /** Read-only: every node of proposal {@code p}, in id order. */
  public List<Node> nodes(CallContext ctx, long p) {
    long count = GameStore.readProposal(ctx, p).nodeCount();
    List<Node> out = new ArrayList<>();
    for (long n = 0; n < count; n++) {
      out.add(GameStore.readNode(ctx, p, n, true));
    }
    return out;
  }

  /** Read-only: the last second node {@code n} of proposal {@code p} can be countered. */
  public long deadlineOf(CallContext ctx, long p, Node n) {
    return clock.deadline(ctx, p, n);
  }

  /** A proposal as actors and reports see it. */
  public record ProposalView(
      long index,
      long l2Block,
      long anchorBlock,
      long createdAt,
      long nodeCount,
      long result,
      long heldGwei,
      Bytes32 stateRoot,
      Bytes32 withdrawalRoot,
      Bytes32 traceRoot,
      Address proposer) {}
}
