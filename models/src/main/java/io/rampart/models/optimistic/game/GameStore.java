package io.rampart.models.optimistic.game;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Slots;
import java.util.ArrayList;
import java.util.List;

/**
 * Storage layout of the dispute contract, every access through the {@link CallContext} (so
 * metered). Four 64-bit fields share a word where they fit, as Solidity packs a struct.
 *
 * <p>Slot 0: proposal count. Proposal {@code p} at {@code keccak(p ‖ 1) + 0..6}: [l2Block,
 * anchorBlock+1, createdAt, nodeCount], [result, heldGwei, -, -], stateRoot, withdrawalRoot,
 * traceRoot, anchorRoot, proposer. Node {@code n} of {@code p} at {@code keccak(n ‖ keccak(p ‖ 2))
 * + 0..}: [parent+1, kind/level/depth, lo, hi], [createdAt, clock, bondGwei, block],
 * [unresolvedChildren, firstUncountered+1, resolution, childCount], claimant, startRoot, endRoot,
 * dissection roots. Slot {@code keccak(moveKey ‖ 3)} = 1 once a move with that key was made (see
 * {@link #claimMove}).
 */
final class GameStore {
  static final Bytes32 COUNT = Slots.of(0);
  static final Bytes32 PROPOSALS = Slots.of(1);
  static final Bytes32 NODES = Slots.of(2);
  static final Bytes32 MOVES = Slots.of(3);

  private GameStore() {}

  static Bytes32 pack(long a, long b, long c, long d) {
    byte[] w = new byte[32];
    long[] v = {a, b, c, d};
    for (int k = 0; k < 4; k++) {
      if (v[k] < 0) {
        throw new IllegalArgumentException("negative field " + v[k]);
      }
      for (int i = 0; i < 8; i++) {
        w[8 * k + 7 - i] = (byte) (v[k] >>> (8 * i));
      }
    }
    return Bytes32.adopt(w);
  }

  static long field(Bytes32 w, int k) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (w.get(8 * k + i) & 0xff);
    }
    return v;
  }

  /**
   * Records the move {@code child} (under its parent in proposal {@code p}); false if the same move
   * (same parent, kind, segment, asserted root and dissection roots) was made before. The OP Stack
   * refuses duplicate claims the same way, by a mapping over a claim hash.
   */
  static boolean claimMove(CallContext ctx, long p, Node child) {
    byte[] key =
        Abi.encode(
            p,
            child.parent(),
            (long) child.kind().ordinal(),
            (long) child.level().ordinal(),
            child.lo(),
            child.hi(),
            child.block(),
            child.endRoot(),
            GameCalls.pack(child.roots()));
    Bytes32 slot = ctx.mappingSlot(MOVES, ctx.keccak(key));
    if (!ctx.sload(slot).equals(Bytes32.ZERO)) {
      return false;
    }
    ctx.sstoreLong(slot, 1);
    return true;
  }

  static Bytes32 proposalBase(CallContext ctx, long p) {
    return ctx.mappingSlot(PROPOSALS, CallContext.word(p));
  }

  static Bytes32 nodeBase(CallContext ctx, long p, long n) {
    return ctx.mappingSlot(ctx.mappingSlot(NODES, CallContext.word(p)), CallContext.word(n));
  }

  /** A proposal's stored fields. */
  record Proposal(
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
      Bytes32 anchorRoot,
      Address proposer) {}

  static Proposal readProposal(CallContext ctx, long p) {
    Bytes32 base = proposalBase(ctx, p);
    Bytes32 w0 = ctx.sload(base);
    Bytes32 w1 = ctx.sload(Slots.offset(base, 1));
    return new Proposal(
        p,
        field(w0, 0),
        field(w0, 1) - 1,
        field(w0, 2),
        field(w0, 3),
        field(w1, 0),
        field(w1, 1),
        ctx.sload(Slots.offset(base, 2)),
        ctx.sload(Slots.offset(base, 3)),
        ctx.sload(Slots.offset(base, 4)),
        ctx.sload(Slots.offset(base, 5)),
        CallContext.toAddress(ctx.sload(Slots.offset(base, 6))));
  }

  static void writeCounters(CallContext ctx, Proposal q, long nodeCount) {
    ctx.sstore(
        proposalBase(ctx, q.index()),
        pack(q.l2Block(), q.anchorBlock() + 1, q.createdAt(), nodeCount));
  }

  static void writeResult(CallContext ctx, long p, long result, long held) {
    ctx.sstore(Slots.offset(proposalBase(ctx, p), 1), pack(result, held, 0, 0));
  }

  static void writeProposal(CallContext ctx, Proposal q) {
    Bytes32 base = proposalBase(ctx, q.index());
    ctx.sstore(base, pack(q.l2Block(), q.anchorBlock() + 1, q.createdAt(), q.nodeCount()));
    ctx.sstore(Slots.offset(base, 1), pack(q.result(), q.heldGwei(), 0, 0));
    ctx.sstore(Slots.offset(base, 2), q.stateRoot());
    ctx.sstore(Slots.offset(base, 3), q.withdrawalRoot());
    ctx.sstore(Slots.offset(base, 4), q.traceRoot());
    ctx.sstore(Slots.offset(base, 5), q.anchorRoot());
    ctx.sstore(Slots.offset(base, 6), CallContext.word(q.proposer()));
  }

  static Node readNode(CallContext ctx, long p, long n, boolean withRoots) {
    Bytes32 base = nodeBase(ctx, p, n);
    Bytes32 w0 = ctx.sload(base);
    Bytes32 w1 = ctx.sload(Slots.offset(base, 1));
    Bytes32 w2 = ctx.sload(Slots.offset(base, 2));
    long kld = field(w0, 1);
    Node.Kind kind = Node.Kind.values()[(int) (kld >>> 48)];
    Node.Level level = Node.Level.values()[(int) ((kld >>> 40) & 0xff)];
    int rootCount = (int) ((kld >>> 24) & 0xffff);
    int depth = (int) (kld & 0xffffff);
    Bytes32 start = Bytes32.ZERO;
    Bytes32 end = Bytes32.ZERO;
    List<Bytes32> roots = new ArrayList<>();
    if (withRoots) {
      if (kind == Node.Kind.CLAIM) {
        start = ctx.sload(Slots.offset(base, 4));
        end = ctx.sload(Slots.offset(base, 5));
      } else if (kind == Node.Kind.DISSECTION) {
        for (int i = 0; i < rootCount; i++) {
          roots.add(ctx.sload(Slots.offset(base, 6 + i)));
        }
      }
    }
    return new Node(
        n,
        field(w0, 0) - 1,
        kind,
        level,
        depth,
        field(w0, 2),
        field(w0, 3),
        field(w1, 3),
        field(w1, 0),
        field(w1, 1),
        field(w1, 2),
        CallContext.toAddress(ctx.sload(Slots.offset(base, 3))),
        start,
        end,
        roots,
        field(w2, 0),
        field(w2, 1) - 1,
        field(w2, 3),
        Node.Resolution.values()[(int) field(w2, 2)]);
  }

  static void writeNode(CallContext ctx, long p, Node x) {
    Bytes32 base = nodeBase(ctx, p, x.id());
    long kld =
        ((long) x.kind().ordinal() << 48)
            | ((long) x.level().ordinal() << 40)
            | ((long) x.roots().size() << 24)
            | x.depth();
    ctx.sstore(base, pack(x.parent() + 1, kld, x.lo(), x.hi()));
    ctx.sstore(Slots.offset(base, 1), pack(x.createdAt(), x.clock(), x.bondGwei(), x.block()));
    ctx.sstore(Slots.offset(base, 3), CallContext.word(x.claimant()));
    if (x.kind() == Node.Kind.CLAIM) {
      ctx.sstore(Slots.offset(base, 4), x.startRoot());
      ctx.sstore(Slots.offset(base, 5), x.endRoot());
    }
    for (int i = 0; i < x.roots().size(); i++) {
      ctx.sstore(Slots.offset(base, 6 + i), x.roots().get(i));
    }
  }

  static void writeTally(
      CallContext ctx,
      long p,
      long n,
      long unresolved,
      long firstUncountered,
      long res,
      long kids) {
    ctx.sstore(
        Slots.offset(nodeBase(ctx, p, n), 2), pack(unresolved, firstUncountered + 1, res, kids));
  }
}
