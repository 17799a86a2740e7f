package io.rampart.world;

import io.rampart.world.net.LatencyModel;
import io.rampart.world.net.LinkConfig;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;

/** A small test workload: peers that gossip counters to random peers on random timers. */
public final class Gossip {
  record Tick() implements Message {}

  record Note(long value) implements Message {}

  /** Keeps its running total in the store; its volatile state is only a message counter. */
  static final class Peer implements Actor {
    private final List<ActorId> peers;
    int received;

    Peer(List<ActorId> peers) {
      this.peers = peers;
    }

    @Override
    public void onStart(ActorContext ctx) {
      ctx.setTimer(SimDuration.ofMillis(1 + ctx.random().nextInt(100)), new Tick());
    }

    @Override
    public void onTimer(ActorContext ctx, Message tag) {
      ActorId to = peers.get(ctx.random().nextInt(peers.size()));
      ctx.send(to, new Note(ctx.random().nextLong(1_000)));
      ctx.setTimer(SimDuration.ofMillis(1 + ctx.random().nextInt(100)), new Tick());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      if (message instanceof Note n) {
        received++;
        ctx.store().putLong("total", ctx.store().getLong("total", 0) + n.value());
      }
    }
  }

  public static World world(long seed, int peers) {
    World w = new World(seed);
    w.network()
        .setDefaultLink(
            new LinkConfig(
                LatencyModel.uniform(SimDuration.ofMillis(5), SimDuration.ofMillis(80)), 0.05));
    List<ActorId> ids = new ArrayList<>();
    for (int i = 0; i < peers; i++) {
      ids.add(ActorId.of("peer" + i));
    }
    for (ActorId id : ids) {
      w.spawn(id.name(), () -> new Peer(ids));
    }
    return w;
  }

  private Gossip() {}
}
