package io.rampart.models.optimistic.game;

import io.rampart.chain.tx.ChainConfig;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Revert;
import io.rampart.models.optimistic.game.GameStore.Proposal;
import java.util.List;

/**
 * The dispute contract's moves (docs/optimistic.md, "The game tree"): dissect a claim, select a
 * part of a dissection, step a one-step claim. Each checks its target, bond and clock, then adds
 * the counter as a new node; a move identical to an existing child reverts {@code DUPLICATE_MOVE}.
 */
final class GameMoves {
  private final GameParams params;
  private final ChainConfig chain;
  private final Ecdsa ecdsa;
  private final BlockInputs inputs;
  private final GameClock clocks;

  GameMoves(
      GameParams params, ChainConfig chain, Ecdsa ecdsa, BlockInputs inputs, GameClock clocks) {
    this.params = params;
    this.chain = chain;
    this.ecdsa = ecdsa;
    this.inputs = inputs;
    this.clocks = clocks;
  }

  void requireBond(CallContext ctx, int depth) {
    CallContext.require(ctx.value().equals(Wei.ofGwei(params.bondGwei(depth))), "WRONG_BOND");
  }

  record Target(Proposal proposal, Node node) {}

  static Target target(CallContext ctx, long p, long n) {
    CallContext.require(p >= 0 && p < ctx.sloadLong(GameStore.COUNT), "UNKNOWN_PROPOSAL");
    Proposal q = GameStore.readProposal(ctx, p);
    CallContext.require(n >= 0 && n < q.nodeCount(), "UNKNOWN_NODE");
    return new Target(q, GameStore.readNode(ctx, p, n, true));
  }

  private void addChild(CallContext ctx, Target t, Node child) {
    CallContext.require(GameStore.claimMove(ctx, t.proposal().index(), child), "DUPLICATE_MOVE");
    GameStore.writeNode(ctx, t.proposal().index(), child);
    GameStore.writeTally(ctx, t.proposal().index(), child.id(), 0, -1, 0, 0);
    Node parent = t.node();
    GameStore.writeTally(
        ctx,
        t.proposal().index(),
        parent.id(),
        parent.unresolvedChildren() + 1,
        parent.firstUncountered(),
        parent.resolution().ordinal(),
        parent.childCount() + 1);
    GameStore.writeCounters(ctx, t.proposal(), t.proposal().nodeCount() + 1);
    GameStore.writeResult(
        ctx,
        t.proposal().index(),
        t.proposal().result(),
        t.proposal().heldGwei() + child.bondGwei());
    ctx.emit(
        List.of(DisputeGame.MOVED, CallContext.word(t.proposal().index())),
        Abi.encode(child.id(), (long) child.kind().ordinal()));
  }

  void dissect(CallContext ctx, GameCalls.Dissect d) {
    Target t = target(ctx, d.proposal(), d.target());
    Node c = t.node();
    CallContext.require(c.kind() == Node.Kind.CLAIM, "NOT_A_CLAIM");
    int depth = c.depth() + 1;
    requireBond(ctx, depth);
    // some part a single block (fewer than 2k blocks): if that part is selected, this side's next
    // move is the split into transactions
    boolean beforeSplit =
        c.level() == Node.Level.BLOCK
            && c.hi() - c.lo() >= 2
            && c.hi() - c.lo() < 2L * params.arity();
    long clock = clocks.clockFor(ctx, d.proposal(), c, beforeSplit);
    Node.Level level = c.level();
    long lo = c.lo();
    long hi = c.hi();
    long block = c.block();
    if (c.hi() - c.lo() == 1) {
      CallContext.require(c.level() == Node.Level.BLOCK, "USE_STEP");
      block = c.hi() - 1;
      ctx.gas().charge(DisputeGame.INPUT_READ_GAS);
      int n = inputs.block(block).orElseThrow(() -> new Revert("BLOCK_NOT_DERIVED")).txCount();
      CallContext.require(n > 0, "EMPTY_BLOCK_USE_STEP");
      level = Node.Level.TX;
      lo = 0;
      hi = n;
    }
    int parts = (int) Math.min(params.arity(), hi - lo);
    CallContext.require(d.roots().size() == parts - 1, "WRONG_ROOT_COUNT");
    addChild(
        ctx,
        t,
        new Node(
            t.proposal().nodeCount(),
            c.id(),
            Node.Kind.DISSECTION,
            level,
            depth,
            lo,
            hi,
            block,
            ctx.timestamp(),
            clock,
            params.bondGwei(depth),
            ctx.sender(),
            Bytes32.ZERO,
            Bytes32.ZERO,
            d.roots(),
            0,
            -1,
            0,
            Node.Resolution.OPEN));
  }

  void select(CallContext ctx, GameCalls.Select s) {
    Target t = target(ctx, s.proposal(), s.target());
    Node d = t.node();
    CallContext.require(d.kind() == Node.Kind.DISSECTION, "NOT_A_DISSECTION");
    int depth = d.depth() + 1;
    requireBond(ctx, depth);
    long clock = clocks.clockFor(ctx, s.proposal(), d, false);
    Node claim = GameStore.readNode(ctx, s.proposal(), d.parent(), true);
    int parts = d.roots().size() + 1;
    int j = s.part();
    CallContext.require(j >= 1 && j <= parts, "BAD_PART");
    Bytes32 start = j == 1 ? claim.startRoot() : d.roots().get(j - 2);
    if (j < parts) {
      CallContext.require(!s.root().equals(d.roots().get(j - 1)), "AGREES_WITH_DISSECTION");
    } else {
      CallContext.require(s.root().equals(claim.endRoot()), "LAST_PART_MUST_DEFEND");
    }
    addChild(
        ctx,
        t,
        new Node(
            t.proposal().nodeCount(),
            d.id(),
            Node.Kind.CLAIM,
            d.level(),
            depth,
            d.point(j - 1, parts),
            d.point(j, parts),
            d.block(),
            ctx.timestamp(),
            clock,
            params.bondGwei(depth),
            ctx.sender(),
            start,
            s.root(),
            List.of(),
            0,
            -1,
            0,
            Node.Resolution.OPEN));
  }

  void step(CallContext ctx, GameCalls.Step s) {
    Target t = target(ctx, s.proposal(), s.target());
    Node c = t.node();
    CallContext.require(c.kind() == Node.Kind.CLAIM && c.hi() - c.lo() == 1, "NOT_ONE_STEP");
    int depth = c.depth() + 1;
    requireBond(ctx, depth);
    long clock = clocks.clockFor(ctx, s.proposal(), c, false);
    Bytes32 post = OneStepCall.postRoot(ctx, chain, ecdsa, inputs, c, s);
    CallContext.require(!post.equals(c.endRoot()), "STEP_AGREES");
    addChild(
        ctx,
        t,
        new Node(
            t.proposal().nodeCount(),
            c.id(),
            Node.Kind.STEP,
            c.level(),
            depth,
            c.lo(),
            c.hi(),
            c.block(),
            ctx.timestamp(),
            clock,
            params.bondGwei(depth),
            ctx.sender(),
            Bytes32.ZERO,
            post,
            List.of(),
            0,
            -1,
            0,
            Node.Resolution.OPEN));
  }
}
