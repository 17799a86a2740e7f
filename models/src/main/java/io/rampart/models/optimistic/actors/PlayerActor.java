package io.rampart.models.optimistic.actors;

import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.game.Node;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.store.KvStore;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A party in the dispute games: every {@code poll} it reads every game from L1, makes the moves its
 * {@link Strategy} asks for, and (if it is a resolver) resolves every node whose clock has run out,
 * children before parents.
 *
 * <p>Restart-safe: its trace is rebuilt from L1 by a fresh {@link TraceSource}; the only thing it
 * keeps is, per node, the L1 block at which it sent an answer, so after a crash it neither repeats
 * a move still pending on L1 nor misses one (an answer not included within {@link #RESEND_BLOCKS}
 * blocks is sent again; the game refuses nothing twice that matters: a duplicate is a new node with
 * the same claim).
 */
public final class PlayerActor implements Actor {
  public static final int RESEND_BLOCKS = 5;
  public static final long MOVE_GAS = 3_000_000;

  private record Poll() implements Message {}

  private final ActorId l1;
  private final L1Chain chain;
  private final Address me;
  private final DisputeGame game;
  private final Strategy strategy;
  private final Supplier<TraceSource> sources;
  private final SimDuration poll;
  private final boolean resolver;
  private TraceSource source;
  private final java.util.Map<Long, Long> quiet = new java.util.HashMap<>();

  public PlayerActor(
      ActorId l1,
      L1Chain chain,
      Address me,
      DisputeGame game,
      Strategy strategy,
      Supplier<TraceSource> sources,
      SimDuration poll,
      boolean resolver) {
    this.l1 = l1;
    this.chain = chain;
    this.me = me;
    this.game = game;
    this.strategy = strategy;
    this.sources = sources;
    this.poll = poll;
    this.resolver = resolver;
  }

  @Override
  public void onStart(ActorContext ctx) {
    source = sources.get();
    ctx.setTimer(poll, new Poll());
  }

  @Override
  public void onTimer(ActorContext ctx, Message tag) {
    act(ctx);
    ctx.setTimer(poll, new Poll());
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {}

  private void act(ActorContext ctx) {
    long blocks = source.refresh();
    long head = chain.head().number();
    long now = chain.head().timestamp();
    long count = chain.view(game.address(), game::proposalCount);
    KvStore store = ctx.store();
    for (long p = 0; p < count; p++) {
      long pp = p;
      var view = chain.view(game.address(), c -> game.proposal(c, pp));
      if (!resolver && quiet.getOrDefault(p, -1L) == view.nodeCount()) {
        continue; // nothing new since a poll that needed no move
      }
      List<Long> deadlines = new ArrayList<>();
      List<Node> nodes =
          chain.view(
              game.address(),
              c -> {
                List<Node> all = game.nodes(c, pp);
                for (Node n : all) {
                  deadlines.add(game.deadlineOf(c, pp, n));
                }
                return all;
              });
      List<Strategy.Move> moves =
          strategy.moves(
              p,
              nodes,
              source.trace(),
              blocks,
              id -> now < deadlines.get((int) id) && !pending(store, "sent/" + pp + "/" + id, head),
              source.prover());
      for (Strategy.Move m : moves) {
        send(ctx, m.call(), depthOf(nodes, m.target()) + 1);
        store.putLong("sent/" + p + "/" + m.target(), head);
      }
      if (moves.isEmpty() && !anyPending(store, p, head)) {
        quiet.put(p, view.nodeCount());
      } else {
        quiet.remove(p);
      }
      if (resolver) {
        resolve(ctx, store, p, nodes, deadlines, now, head);
      }
    }
  }

  private static int depthOf(List<Node> nodes, long id) {
    return nodes.get((int) id).depth();
  }

  private static boolean anyPending(KvStore s, long p, long head) {
    for (String k : s.keys("sent/" + p + "/")) {
      if (pending(s, k, head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pending(KvStore s, String key, long head) {
    long at = s.getLong(key, -1);
    return at >= 0 && head - at < RESEND_BLOCKS;
  }

  private void resolve(
      ActorContext ctx,
      KvStore store,
      long p,
      List<Node> nodes,
      List<Long> deadlines,
      long now,
      long head) {
    Set<Long> willResolve = new HashSet<>();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Node n = nodes.get(i);
      if (n.resolution() != Node.Resolution.OPEN) {
        continue;
      }
      boolean timeUp = n.kind() == Node.Kind.STEP || now > deadlines.get(i);
      boolean kidsDone = true;
      for (Node c : nodes) {
        if (c.parent() == n.id()
            && c.resolution() == Node.Resolution.OPEN
            && !willResolve.contains(c.id())) {
          kidsDone = false;
          break;
        }
      }
      if (timeUp && kidsDone) {
        willResolve.add(n.id());
        String key = "res/" + p + "/" + n.id();
        if (!pending(store, key, head)) {
          ctx.send(
              l1, TxRequest.call(me, game.address(), new GameCalls.Resolve(p, n.id()), MOVE_GAS));
          store.putLong(key, head);
        }
      }
    }
  }

  private void send(ActorContext ctx, ContractCall call, int depth) {
    ctx.send(
        l1,
        TxRequest.call(me, game.address(), call, MOVE_GAS)
            .withValue(Wei.ofGwei(game.params().bondGwei(depth))));
  }
}
