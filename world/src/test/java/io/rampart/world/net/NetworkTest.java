package io.rampart.world.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkTest {
  record Hello(int n) implements Message {}

  static final class Sink implements Actor {
    final List<SimTime> arrivals = new ArrayList<>();

    @Override
    public void onStart(ActorContext ctx) {}

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      arrivals.add(ctx.now());
    }
  }

  private static World twoActors() {
    World w = new World(3);
    w.spawn("a", () -> ctx -> {});
    w.spawn("b", Sink::new);
    w.runFor(SimDuration.ofMillis(1));
    return w;
  }

  private static List<SimTime> arrivals(World w) {
    return w.actor(ActorId.of("b"), Sink.class).orElseThrow().arrivals;
  }

  @Test
  void fixedLatencyDelaysEveryMessage() {
    World w = twoActors();
    w.network()
        .setLink(
            ActorId.of("a"),
            ActorId.of("b"),
            new LinkConfig(LatencyModel.fixed(SimDuration.ofMillis(50)), 0));
    w.inject(ActorId.of("a"), ActorId.of("b"), new Hello(1));
    w.runFor(SimDuration.ofSeconds(1));
    assertThat(arrivals(w)).containsExactly(SimTime.ofMillis(51));
  }

  @Test
  void uniformLatencyStaysInRangeAndLossIsNearItsProbability() {
    World w = twoActors();
    w.network()
        .setDefaultLink(
            new LinkConfig(
                LatencyModel.uniform(SimDuration.ofMillis(10), SimDuration.ofMillis(20)), 0.25));
    SimTime sent = w.now();
    for (int i = 0; i < 4_000; i++) {
      w.inject(ActorId.of("a"), ActorId.of("b"), new Hello(i));
    }
    w.runFor(SimDuration.ofSeconds(1));
    List<SimTime> got = arrivals(w);
    assertThat(got.size()).isBetween(2_800, 3_200);
    assertThat(got).allSatisfy(t -> assertThat(t.since(sent).micros()).isBetween(10_000L, 20_000L));
  }

  @Test
  void partitionDropsMessagesSentAndInFlightUntilHealed() {
    World w = twoActors();
    w.network().setDefaultLink(new LinkConfig(LatencyModel.fixed(SimDuration.ofMillis(100)), 0));
    ActorId a = ActorId.of("a");
    ActorId b = ActorId.of("b");
    w.inject(a, b, new Hello(1)); // in flight when the partition starts
    w.runFor(SimDuration.ofMillis(10));
    w.network().partition(Set.of(a), Set.of(b));
    w.inject(a, b, new Hello(2));
    w.runFor(SimDuration.ofSeconds(1));
    assertThat(arrivals(w)).isEmpty();
    w.network().heal();
    w.inject(a, b, new Hello(3));
    w.runFor(SimDuration.ofSeconds(1));
    assertThat(arrivals(w)).hasSize(1);
  }

  @Test
  void filtersCensorAndDelayChosenMessages() {
    World w = twoActors();
    ActorId a = ActorId.of("a");
    ActorId b = ActorId.of("b");
    w.network()
        .addFilter(
            (now, from, to, m) ->
                m instanceof Hello h && h.n() % 2 == 0
                    ? new MessageFilter.Drop("censored")
                    : MessageFilter.PASS);
    w.network()
        .addFilter(
            (now, from, to, m) ->
                m instanceof Hello h && h.n() == 3
                    ? new MessageFilter.Delay(SimDuration.ofSeconds(2))
                    : MessageFilter.PASS);
    SimTime sent = w.now();
    for (int i = 0; i < 4; i++) {
      w.inject(a, b, new Hello(i));
    }
    w.runFor(SimDuration.ofSeconds(5));
    assertThat(arrivals(w)).containsExactly(sent, sent.plus(SimDuration.ofSeconds(2)));
  }
}
