package io.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private static final String ESC = "\u001b[";

  @Test
  void theDemoPassesAndExitsZero() {
    CommandRun r = CommandRun.of("demo", "--color");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Timeline", "Checks", "Summary", "Result: every check held")
        .contains("security model", "L1 gas per L2 transaction", "time to finality")
        .contains(ESC)
        .doesNotContain("FAIL");
  }

  @Test
  void withoutTheChallengerTheForgedRootWinsAndTheDemoFails() {
    CommandRun r = CommandRun.of("demo", "--without", "challenger", "--no-color");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("FAIL  mallory's forged root rejected")
        .contains("invariant 'no wrong root is final' violated")
        // mallory proposes at d0 00:20:00; the root is final strictly after the 7-day window, so
        // the world must stop in the first L1 block past it, 12 s later, not at some later check
        .contains("d0 00:20:00  attack   mallory     proposes")
        .contains("d7 00:20:12  attack   world       STOPPED")
        .contains("Result: FAILED")
        .doesNotContain(ESC);
    assertThat(r.err()).contains("demo failed (seed 1)").contains("mallory's forged root rejected");
  }

  @Test
  void helpDescribesTheOptions() {
    CommandRun r = CommandRun.of("demo", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--seed", "--color", "--no-color", "--without", "forced-queue");
  }

  @Test
  void anUnknownPartIsAClearError() {
    CommandRun r = CommandRun.of("demo", "--without", "sequencer");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown part 'sequencer'").contains("challenger or forced-queue");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void colourAndNoColourTogetherIsAnError() {
    CommandRun r = CommandRun.of("demo", "--color", "--no-color");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--color and --no-color");
  }

  @Test
  void theTopLevelHelpListsTheDemo() {
    CommandRun r = CommandRun.of("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("demo", "scenario");
  }
}
