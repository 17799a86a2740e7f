package io.rampart.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static World run(long seed) {
    World w = Gossip.world(seed, 5);
    w.after(SimDuration.ofSeconds(3), "crash peer1", x -> x.crash(ActorId.of("peer1")));
    w.after(SimDuration.ofSeconds(5), "restart peer1", x -> x.restart(ActorId.of("peer1")));
    w.runFor(SimDuration.ofSeconds(10));
    return w;
  }

  @Test
  void sameSeedGivesTheSameEventLogHash() {
    World a = run(42);
    World b = run(42);
    assertThat(a.log().count()).isGreaterThan(500);
    assertThat(a.log().count()).isEqualTo(b.log().count());
    assertThat(a.log().hash()).isEqualTo(b.log().hash());
    assertThat(a.log().hash()).isNotEqualTo(Bytes32.ZERO);
  }

  @Test
  void differentSeedsGiveDifferentRuns() {
    assertThat(run(1).log().hash()).isNotEqualTo(run(2).log().hash());
  }

  @Property(tries = 20)
  void anySeedReplaysIdentically(@ForAll long seed) {
    assertThat(run(seed).log().hash()).isEqualTo(run(seed).log().hash());
  }

  @Test
  void addingAnActorDoesNotPerturbAnotherActorsRandomStream() {
    long[] first = new long[2];
    for (int extra = 0; extra < 2; extra++) {
      World w = new World(7);
      long[] drawn = new long[1];
      int idx = extra;
      if (extra == 1) {
        w.spawn("aaa-newcomer", () -> ctx -> ctx.random().nextLong());
      }
      w.spawn("zed", () -> ctx -> drawn[0] = ctx.random().nextLong());
      w.runFor(SimDuration.ofSeconds(1));
      first[idx] = drawn[0];
    }
    assertThat(first[0]).isEqualTo(first[1]);
  }

  @Test
  void failingRunNamesItsSeedAndReplaysToTheSameEvent() {
    long seed = 99;
    InvariantViolation firstFailure = failingRun(seed);
    assertThat(firstFailure.getMessage()).contains("seed=99").contains("total below 40000");
    InvariantViolation replay = failingRun(firstFailure.seed());
    assertThat(replay.eventIndex()).isEqualTo(firstFailure.eventIndex());
    assertThat(replay.getMessage()).isEqualTo(firstFailure.getMessage());
  }

  private static InvariantViolation failingRun(long seed) {
    World w = Gossip.world(seed, 3);
    w.addInvariant(
        "total below 40000",
        () -> {
          long total = w.storeOf(ActorId.of("peer0")).getLong("total", 0);
          return total >= 40_000 ? Optional.of("peer0 total " + total) : Optional.empty();
        });
    try {
      w.runFor(SimDuration.ofMinutes(10));
    } catch (InvariantViolation v) {
      return v;
    }
    throw new AssertionError("expected a violation");
  }

  @Test
  void ordersSimultaneousEventsBySchedulingOrder() {
    World w = new World(0);
    StringBuilder order = new StringBuilder();
    for (String s : new String[] {"c", "a", "b"}) {
      w.at(SimTime.ofSeconds(1), s, x -> order.append(s));
    }
    w.runUntil(SimTime.ofSeconds(1));
    assertThat(order).hasToString("cab");
    assertThat(w.now()).isEqualTo(SimTime.ofSeconds(1));
  }

  @Test
  void refusesToScheduleInThePast() {
    World w = new World(0);
    w.runUntil(SimTime.ofSeconds(5));
    assertThatThrownBy(() -> w.at(SimTime.ofSeconds(4), "late", x -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorExceptionIsReportedWithSeed() {
    World w = new World(5);
    w.spawn(
        "bomb",
        () ->
            ctx -> {
              throw new IllegalStateException("boom");
            });
    assertThatThrownBy(() -> w.runFor(SimDuration.ofSeconds(1)))
        .isInstanceOf(InvariantViolation.class)
        .hasMessageContaining("boom")
        .hasMessageContaining("seed=5");
  }
}
