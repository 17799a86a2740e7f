package io.rampart.models.optimistic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import org.junit.jupiter.api.Test;

/** Every must-show scenario with its honest and corrupted twin; both outcomes asserted. */
class ScenarioTest {

  @Test
  void honestProposerWithdrawalRefusedBeforeWindowPaidAfter() {
    Scenarios.Outcome o = Scenarios.honestNoDispute(1);
    Receipt early = (Receipt) o.values().get("early");
    Receipt late = (Receipt) o.values().get("late");
    long windowEnd = o.longValue("windowEnd");
    long slot = o.world().chain.config().slot().toSeconds();
    assertThat(early.blockNumber() * slot).isEqualTo(windowEnd);
    assertThat(early.revertReason()).isEqualTo("COMMITMENT_NOT_FINAL");
    assertThat(late.blockNumber() * slot).isEqualTo(windowEnd + slot);
    assertThat(late.succeeded()).isTrue();
    assertThat(o.world().status(0)).isInstanceOf(CommitmentStatus.Final.class);
    assertThat(o.report().bondsTo("proposer")).isEqualTo(o.world().setup.params().bondGwei(0));
  }

  @Test
  void honestTwinOfTheWrongRootIsFinalAndPays() {
    Scenarios.Outcome o = Scenarios.wrongRoot(7, true, false);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Final.class);
    assertThat(((Receipt) o.values().get("paid")).succeeded()).isTrue();
    assertThat(o.world().proposal(0).nodeCount()).isEqualTo(1);
  }

  @Test
  void crashedChallengerRecoversAndWins() {
    Scenarios.Outcome o = Scenarios.wrongRoot(5, false, true);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Rejected.class);
    assertThat(o.report().facts()).anyMatch(f -> f.startsWith("challenger crashed"));
    // the challenger moved both before and after its crash, and never repeated a move
    long moves =
        o.report().timeline().stream()
            .filter(e -> e.who().equals("challenger") && !e.what().startsWith("Resolve"))
            .count();
    long reverted =
        o.report().timeline().stream()
            .filter(e -> e.who().equals("challenger") && !e.outcome().equals("ok"))
            .count();
    assertThat(moves).isGreaterThan(2);
    assertThat(reverted).isZero();
  }

  @Test
  void dishonestChallengerLosesAndTheRootSettlesWithinTheBound() {
    Scenarios.Outcome o = Scenarios.colluders(3, 1, true, false);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Final.class);
    assertThat((Long) o.values().get("settle")).isLessThanOrEqualTo((Long) o.values().get("bound"));
    assertThat(o.report().bondsTo("dishonest0")).isZero();
    assertThat(o.world().proposal(0).nodeCount()).isGreaterThan(2);
  }

  @Test
  void silentProposerLosesOnItsClock() {
    Scenarios.Outcome o = Scenarios.silent(4, false);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Rejected.class);
    assertThat(o.report().timeline().stream().noneMatch(e -> e.what().startsWith("Step"))).isTrue();
  }

  @Test
  void silentChallengerLosesOnItsClock() {
    Scenarios.Outcome o = Scenarios.silent(4, true);
    assertThat(o.values().get("status")).isInstanceOf(CommitmentStatus.Final.class);
    assertThat(o.report().bondsTo("dishonest0")).isZero();
  }

  @Test
  void censoringSequencerCannotStopTheExit() {
    Scenarios.Outcome forced = Scenarios.censoring(2, true);
    assertThat((Long) forced.values().get("includedIn")).isNotNegative();
    assertThat((Long) forced.values().get("origin"))
        .isLessThanOrEqualTo((Long) forced.values().get("deadlineBlock"));
    assertThat(((Receipt) forced.values().get("paid")).succeeded()).isTrue();
    Scenarios.Outcome twin = Scenarios.censoring(2, false);
    assertThat((Long) twin.values().get("origin")).isLessThan((Long) forced.values().get("origin"));
    assertThat(((Receipt) twin.values().get("paid")).succeeded()).isTrue();
  }

  @Test
  void oneHonestPartyBeatsTenAndFiftyColluders() {
    for (int n : new int[] {1, 10, 50}) {
      Scenarios.Outcome o = Scenarios.colluders(9, n, false, false);
      assertThat(o.values().get("status"))
          .as("n=%d", n)
          .isInstanceOf(CommitmentStatus.Rejected.class);
      assertThat((Long) o.values().get("settle"))
          .isLessThanOrEqualTo((Long) o.values().get("bound"));
      assertThat(o.world().proposal(0).heldGwei()).isZero();
    }
    Scenarios.Outcome twin = Scenarios.colluders(9, 10, true, false);
    assertThat(twin.values().get("status")).isInstanceOf(CommitmentStatus.Final.class);
  }
}
