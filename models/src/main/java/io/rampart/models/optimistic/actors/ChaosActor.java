package io.rampart.models.optimistic.actors;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.game.Node;
import io.rampart.models.optimistic.trace.Trace;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A malicious party with no plan: at random polls it picks random open nodes of random games and
 * makes well-formed moves with random content (true or made-up roots, any part, the same node
 * answered several times: equivocation), or waits. It never resolves.
 */
public final class ChaosActor implements Actor {
  private record Poll() implements Message {}

  private final ActorId l1;
  private final L1Chain chain;
  private final Address me;
  private final DisputeGame game;
  private final Supplier<TraceSource> sources;
  private final SimDuration poll;
  private TraceSource source;

  public ChaosActor(
      ActorId l1,
      L1Chain chain,
      Address me,
      DisputeGame game,
      Supplier<TraceSource> sources,
      SimDuration poll) {
    this.l1 = l1;
    this.chain = chain;
    this.me = me;
    this.game = game;
    this.sources = sources;
    this.poll = poll;
  }

  @Override
  public void onStart(ActorContext ctx) {
    source = sources.get();
    ctx.setTimer(poll, new Poll());
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {}

  @Override
  public void onTimer(ActorContext ctx, Message tag) {
    ctx.setTimer(poll, new Poll());
    DeterministicRandom r = ctx.random();
    if (r.chance(0.4)) {
      return; // delay
    }
    long blocks = source.refresh();
    Trace t = source.trace();
    long count = chain.view(game.address(), game::proposalCount);
    for (long p = 0; p < count; p++) {
      long pp = p;
      List<Node> nodes = chain.view(game.address(), c -> game.nodes(c, pp));
      int moves = r.nextInt(3);
      for (int m = 0; m < moves; m++) {
        Node n = nodes.get(r.nextInt(nodes.size()));
        if (n.resolution() != Node.Resolution.OPEN || n.kind() == Node.Kind.STEP) {
          continue;
        }
        ContractCall call = move(r, pp, n, nodes, t, blocks);
        if (call != null) {
          ctx.send(
              l1,
              TxRequest.call(me, game.address(), call, PlayerActor.MOVE_GAS)
                  .withValue(Wei.ofGwei(game.params().bondGwei(n.depth() + 1))));
        }
      }
    }
  }

  private static Bytes32 root(
      DeterministicRandom r, Trace t, Node.Level level, long b, long pos, long blocks) {
    boolean knowable = level == Node.Level.BLOCK ? pos <= blocks : b < blocks;
    if (knowable && r.chance(0.5)) {
      return level == Node.Level.BLOCK ? t.blockRoot(pos) : t.txRoot(b, (int) pos);
    }
    byte[] x = new byte[32];
    r.nextBytes(x);
    return Bytes32.wrap(x);
  }

  private ContractCall move(
      DeterministicRandom r, long p, Node n, List<Node> nodes, Trace t, long blocks) {
    int arity = game.params().arity();
    if (n.kind() == Node.Kind.CLAIM) {
      Node.Level level = n.level();
      long lo = n.lo();
      long hi = n.hi();
      long b = n.block();
      if (hi - lo == 1) {
        if (level == Node.Level.TX || n.hi() - 1 >= blocks) {
          return null;
        }
        b = n.hi() - 1;
        level = Node.Level.TX;
        lo = 0;
        hi = t.txCount(b);
        if (hi == 0) {
          return null;
        }
      }
      int parts = (int) Math.min(arity, hi - lo);
      List<Bytes32> roots = new ArrayList<>();
      for (int i = 1; i < parts; i++) {
        roots.add(root(r, t, level, b, lo + (hi - lo) * i / parts, blocks));
      }
      return new GameCalls.Dissect(p, n.id(), roots);
    }
    Node claim = nodes.get((int) n.parent());
    int parts = n.roots().size() + 1;
    int j = 1 + r.nextInt(parts);
    Bytes32 root =
        j == parts ? claim.endRoot() : root(r, t, n.level(), n.block(), n.point(j, parts), blocks);
    return new GameCalls.Select(p, n.id(), j, root);
  }
}
