package io.rampart.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashRestartTest {
  record Ping(int n) implements Message {}

  record Tick() implements Message {}

  static final class Counter implements Actor {
    static final List<String> events = new ArrayList<>();
    int volatileCount;

    @Override
    public void onStart(ActorContext ctx) {
      ctx.setTimer(SimDuration.ofSeconds(1), new Tick());
    }

    @Override
    public void onRestart(ActorContext ctx) {
      events.add("restart with stored=" + ctx.store().getLong("count", 0));
      onStart(ctx);
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      volatileCount++;
      ctx.store().putLong("count", ctx.store().getLong("count", 0) + 1);
    }

    @Override
    public void onTimer(ActorContext ctx, Message tag) {
      ctx.store().putLong("ticks", ctx.store().getLong("ticks", 0) + 1);
      ctx.setTimer(SimDuration.ofSeconds(1), new Tick());
    }
  }

  @Test
  void crashLosesVolatileStateKeepsStoreDropsTimersAndMessages() {
    Counter.events.clear();
    World w = new World(1);
    ActorId c = w.spawn("counter", Counter::new);
    ActorId user = ActorId.of("user");
    w.spawn("user", () -> ctx -> {});
    for (int i = 0; i < 3; i++) {
      w.inject(user, c, new Ping(i));
    }
    w.runFor(SimDuration.ofMillis(3_500));
    assertThat(w.actor(c, Counter.class).orElseThrow().volatileCount).isEqualTo(3);
    assertThat(w.storeOf(c).getLong("ticks", 0)).isEqualTo(3);

    w.crash(c);
    w.runFor(SimDuration.ofMillis(1));
    assertThat(w.isUp(c)).isFalse();
    w.inject(user, c, new Ping(9));
    w.runFor(SimDuration.ofSeconds(5));
    assertThat(w.storeOf(c).getLong("ticks", 0)).as("no timers while down").isEqualTo(3);
    assertThat(w.storeOf(c).getLong("count", 0)).as("message to a down actor is lost").isEqualTo(3);

    w.restart(c);
    w.runFor(SimDuration.ofMillis(1_500));
    assertThat(Counter.events).containsExactly("restart with stored=3");
    assertThat(w.actor(c, Counter.class).orElseThrow().volatileCount).isZero();
    assertThat(w.storeOf(c).getLong("ticks", 0)).isEqualTo(4);
  }
}
