package io.rampart.world.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.world.ActorId;
import io.rampart.world.Gossip;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import org.junit.jupiter.api.Test;

class RealTimeDriverTest {

  /** A wall clock that only moves when the driver sleeps, recording total sleep. */
  static final class FakeClock implements WallClock {
    long nanos;
    long slept;

    @Override
    public long nanoTime() {
      return nanos;
    }

    @Override
    public void sleepNanos(long n) {
      nanos += n;
      slept += n;
    }
  }

  @Test
  void pacedRunTracksWallTimeAndProcessesTheSameEvents() {
    World paced = Gossip.world(11, 4);
    FakeClock clock = new FakeClock();
    new RealTimeDriver(paced, clock, 1.0).runFor(SimDuration.ofSeconds(30));

    World fast = Gossip.world(11, 4);
    fast.runFor(SimDuration.ofSeconds(30));

    assertThat(paced.log().hash()).isEqualTo(fast.log().hash());
    assertThat(clock.nanos).isEqualTo(30_000_000_000L);
    assertThat(paced.isUp(ActorId.of("peer0"))).isTrue();
  }

  @Test
  void speedScalesWallTime() {
    World w = Gossip.world(12, 2);
    FakeClock clock = new FakeClock();
    new RealTimeDriver(w, clock, 10.0).runFor(SimDuration.ofSeconds(60));
    assertThat(clock.nanos).isEqualTo(6_000_000_000L);
  }

  @Test
  void systemClockPacesForReal() {
    World w = Gossip.world(13, 2);
    long start = System.nanoTime();
    new RealTimeDriver(w, WallClock.system(), 20.0).runFor(SimDuration.ofSeconds(2));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(elapsedMs).isBetween(90L, 10_000L);
  }
}
