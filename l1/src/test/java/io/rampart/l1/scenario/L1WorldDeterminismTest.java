package io.rampart.l1.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.node.L1Event;
import io.rampart.l1.node.L1Node;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.World;
import io.rampart.world.net.LatencyModel;
import io.rampart.world.net.LinkConfig;
import io.rampart.world.time.SimDuration;
import org.junit.jupiter.api.Test;

/** The whole L1 in a lossy, jittery world: same seed, same run, byte for byte. */
class L1WorldDeterminismTest {
  record Tick() implements Message {}

  /** Submits a random deposit to the L1 node at random intervals; counts replies and blocks. */
  static final class Depositor implements Actor {
    private final Address account;
    int accepted;
    int blocks;

    Depositor(Address account) {
      this.account = account;
    }

    @Override
    public void onStart(ActorContext ctx) {
      ctx.send(ActorId.of("l1"), new L1Event.Subscribe());
      ctx.setTimer(SimDuration.ofSeconds(1 + ctx.random().nextInt(20)), new Tick());
    }

    @Override
    public void onTimer(ActorContext ctx, Message tag) {
      long gwei = 1 + ctx.random().nextLong(1_000_000);
      ctx.send(
          ActorId.of("l1"),
          TxRequest.call(account, L1TestKit.BRIDGE, new Bridge.Deposit(account), 100_000)
              .withValue(Wei.ofGwei(gwei)));
      ctx.setTimer(SimDuration.ofSeconds(1 + ctx.random().nextInt(20)), new Tick());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      if (message instanceof L1Event.SubmitReply r && r.result() instanceof SubmitResult.Accepted) {
        accepted++;
      }
      if (message instanceof L1Event.NewBlock) {
        blocks++;
      }
    }
  }

  static World run(long seed) {
    World w = new World(seed);
    w.network()
        .setDefaultLink(
            new LinkConfig(
                LatencyModel.uniform(SimDuration.ofMillis(20), SimDuration.ofMillis(400)), 0.02));
    L1TestKit kit = new L1TestKit(L1Config.defaults(), 600);
    w.spawn("l1", () -> new L1Node(kit.chain));
    w.spawn("alice", () -> new Depositor(L1TestKit.ALICE));
    w.spawn("bob", () -> new Depositor(L1TestKit.BOB));
    w.runFor(SimDuration.ofHours(1));
    return w;
  }

  @Test
  void twoRunsWithTheSameSeedHaveTheSameEventLog() {
    World a = run(5);
    World b = run(5);
    assertThat(a.log().count()).isGreaterThan(1_000);
    assertThat(a.log().hash()).isEqualTo(b.log().hash());
    Depositor alice = a.actor(ActorId.of("alice"), Depositor.class).orElseThrow();
    assertThat(alice.accepted).isPositive();
    assertThat(alice.blocks).isBetween(250, 300); // 300 slots, a few notifications lost
    assertThat(run(6).log().hash()).isNotEqualTo(a.log().hash());
  }
}
