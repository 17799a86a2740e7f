package io.rampart.l1.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.L1TestKit;
import io.rampart.l1.contracts.bridge.Withdrawal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BridgeConservationPropertyTest {

  /** The world throws (naming the seed) the moment conservation breaks; here it must not. */
  @Property(tries = 25)
  void conservationHoldsAfterEveryEvent(@ForAll long seed) {
    BridgeWorld w = RandomBridgeScenario.run(seed, 60);
    assertThat(w.monitor().checks).isGreaterThan(100);
    assertThat(L2Ledger.cursorHash(w.store(), w.kit.chain)).isEqualTo(w.kit.chain.head().hash());
    long paid =
        w.kit.chain.balance(RandomBridgeScenario.CAROL).toGwei()
            + w.kit.chain.balance(RandomBridgeScenario.DAVE).toGwei();
    long withdrawn = 0;
    for (Withdrawal x : L2Ledger.withdrawals(w.store())) {
      withdrawn += x.amountGwei();
    }
    assertThat(paid).as("never more paid than withdrawn").isLessThanOrEqualTo(withdrawn);
    assertThat(w.kit.chain.balance(L1TestKit.BRIDGE).toGwei())
        .isEqualTo(L2Ledger.supply(w.store()) + withdrawn - paid);
  }

  @Property(tries = 10)
  void sameSeedReplaysByteForByte(@ForAll long seed) {
    assertThat(RandomBridgeScenario.run(seed, 30).world.log().hash())
        .isEqualTo(RandomBridgeScenario.run(seed, 30).world.log().hash());
  }

  /** A fixed seed that exercises every path, with figures that show each path ran. */
  @Test
  void aLongRunPaysWithdrawalsAndSurvivesReorgsAndCrashes() {
    BridgeWorld w = RandomBridgeScenario.run(20_261_125L, 150);
    assertThat(L2Ledger.withdrawals(w.store())).isNotEmpty();
    assertThat(
            w.kit.chain.balance(RandomBridgeScenario.CAROL).toGwei()
                + w.kit.chain.balance(RandomBridgeScenario.DAVE).toGwei())
        .isPositive();
    assertThat(w.ledgerActor().rollbacks).isPositive();
    assertThat(w.world.log().hash())
        .isEqualTo(RandomBridgeScenario.run(20_261_125L, 150).world.log().hash());
  }
}
