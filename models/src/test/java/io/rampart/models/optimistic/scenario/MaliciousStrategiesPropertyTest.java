package io.rampart.models.optimistic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.actors.ChaosActor;
import io.rampart.models.optimistic.actors.Forgery;
import io.rampart.models.optimistic.actors.Strategy;
import io.rampart.models.optimistic.game.Node;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.world.time.SimDuration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random malicious strategies (wrong claims at any depth, random moves and parts, delays,
 * equivocation) against one honest challenger: a wrong root never becomes final (checked after
 * every event by the world's invariant), a true one does, and bonds are conserved: everything
 * bonded is paid out or burnt, and the game holds nothing once resolved.
 */
class MaliciousStrategiesPropertyTest {

  @Property(tries = 6)
  void randomMaliceNeverFinalizesAWrongRoot(
      @ForAll long seed,
      @ForAll boolean honestProposer,
      @ForAll @IntRange(min = 1, max = 3) int chaos) {
    OptimisticWorld w =
        new OptimisticWorld(OptimisticWorld.Setup.defaults(seed), Scenarios.USERS, Set.of());
    Scenarios.trafficForTests(w);
    Address proposer = w.party("proposer");
    Address challenger = w.party("challenger");
    Forgery forgery =
        new Forgery(
            w::truth, w.world.randomStream("forgery"), L1Reader.toL2(w.l1Address(5)), 1_000);
    w.spawnProposer("proposer", proposer, honestProposer ? null : forgery);
    w.spawnPlayer(
        "proposer-def",
        proposer,
        honestProposer
            ? new Strategy.Engagement.All()
            : new Strategy.Engagement.Collude(Set.of(proposer)),
        honestProposer ? w.honestSource() : forgery::source,
        false);
    w.spawnPlayer("challenger", challenger, new Strategy.Engagement.All(), w.honestSource(), true);
    for (int i = 0; i < chaos; i++) {
      Address a = w.party("chaos" + i);
      w.world.spawn(
          "chaos" + i,
          () ->
              new ChaosActor(
                  w.l1,
                  w.chain,
                  a,
                  w.game,
                  () -> Scenarios.corruptSource(w, a.hashCode(), 77),
                  w.setup.poll()));
    }
    while (w.proposalCount() == 0) {
      w.runFor(SimDuration.ofSeconds(600));
    }
    Scenarios.runUntilSettled(w, 40);
    CommitmentStatus s = w.status(0);
    if (honestProposer) {
      assertThat(s).isInstanceOf(CommitmentStatus.Final.class);
    } else {
      assertThat(s).isInstanceOf(CommitmentStatus.Rejected.class);
    }
    List<Node> nodes = w.chain.view(OptimisticWorld.GAME, c -> w.game.nodes(c, 0));
    long bonded = nodes.stream().mapToLong(Node::bondGwei).sum();
    long paid = w.timeline.bonds().stream().mapToLong(b -> b.gwei() + b.burntGwei()).sum();
    assertThat(nodes).allMatch(n -> n.resolution() != Node.Resolution.OPEN);
    assertThat(paid).isEqualTo(bonded);
    assertThat(w.chain.balance(OptimisticWorld.GAME)).isEqualTo(Wei.ZERO);
  }
}
