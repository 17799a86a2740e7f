package io.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioCommandTest {

  @Test
  void listsEveryScenario() {
    CommandRun r = CommandRun.of("scenario", "--list");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("wrong-root", "colluders-50", "censoring-sequencer");
  }

  @Test
  void unknownScenarioIsAnErrorNamingIt() {
    CommandRun r = CommandRun.of("scenario", "no-such-thing");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown scenario 'no-such-thing'");
  }

  @Test
  void runsAScenarioAndPrintsItsReport() {
    CommandRun r = CommandRun.of("scenario", "honest-no-dispute", "--seed", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Timeline", "L1 gas per action", "Bonds moved", "Verdict: honest root final")
        .contains("refused: COMMITMENT_NOT_FINAL", ": paid");
  }
}
