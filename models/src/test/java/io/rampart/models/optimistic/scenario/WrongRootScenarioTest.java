package io.rampart.models.optimistic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import org.junit.jupiter.api.Test;

class WrongRootScenarioTest {

  @Test
  void wrongRootIsRejectedAndTheHonestChallengerWins() {
    Scenarios.Outcome o = Scenarios.wrongRoot(7, false, false);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Rejected.class);
    assertThat(o.world().isTrue(0)).isFalse();
    assertThat(((Receipt) o.values().get("theftDuring")).revertReason())
        .isEqualTo("COMMITMENT_NOT_FINAL");
    assertThat(((Receipt) o.values().get("theftAfter")).revertReason())
        .isEqualTo("COMMITMENT_REJECTED");
    assertThat(o.report().bondsTo("challenger")).isPositive();
    assertThat(o.report().bondsTo("proposer")).isZero();
    assertThat(o.world().proposal(0).heldGwei()).isZero();
  }

  @Test
  void sameSeedSameRunDifferentSeedDifferentRun() {
    String a = Scenarios.honestNoDispute(12).report().eventLogHash();
    String b = Scenarios.honestNoDispute(12).report().eventLogHash();
    String c = Scenarios.honestNoDispute(13).report().eventLogHash();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }
}
