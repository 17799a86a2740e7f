package io.rampart.models.optimistic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.models.optimistic.demo.DemoResult.Check;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoStoryTest {
  private static DemoResult honest;

  @BeforeAll
  static void runOnce() {
    honest = DemoStory.run(DemoOptions.seed(DemoOptions.DEFAULT_SEED));
  }

  @Test
  void everyCheckHoldsOnTheHonestRun() {
    assertThat(honest.failed()).isEmpty();
    assertThat(honest.stoppedBy()).isEmpty();
    assertThat(honest.passed()).isTrue();
    assertThat(honest.checks()).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void theTimelineShowsWhatTheChecksVerified() {
    assertThat(honest.timeline())
        .extracting(DemoResult.Line::text)
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("posts batch")
                    .contains("gas and")
                    .contains("bytes per L2 tx"))
        .anySatisfy(t -> assertThat(t).contains("one-step proof"))
        .anySatisfy(t -> assertThat(t).contains("forced transaction from the queue included"))
        .anySatisfy(t -> assertThat(t).contains("refused, COMMITMENT_NOT_FINAL"))
        .anySatisfy(t -> assertThat(t).contains("PAID on L1"))
        .anySatisfy(t -> assertThat(t).contains("refused, COMMITMENT_REJECTED"))
        .anySatisfy(t -> assertThat(t).contains("refused, ALREADY_WITHDRAWN"));
    assertThat(honest.summary())
        .extracting(DemoResult.Row::label)
        .contains(
            "security model",
            "L2 transactions",
            "L1 gas per L2 transaction",
            "time to finality",
            "invariants checked");
  }

  @Test
  void theFinalityRowStatesAMeasuredTimeToL1NotAnAssumedOne() {
    String row =
        honest.summary().stream()
            .filter(r -> r.label().equals("time to finality"))
            .findFirst()
            .orElseThrow()
            .value();
    var m =
        java.util.regex.Pattern.compile("data on L1 at most (\\d+) s after it was signed")
            .matcher(row);
    assertThat(m.find()).as(row).isTrue();
    // a signed transfer reaches L1 in a later block, and the sequencer posts every L1 block
    assertThat(Long.parseLong(m.group(1))).isPositive().isLessThanOrEqualTo(60);
    assertThat(row).doesNotContain("soft (sequencer) within");
  }

  @Test
  void theSameSeedReplaysTheSameRun() {
    DemoResult again = DemoStory.run(DemoOptions.seed(DemoOptions.DEFAULT_SEED));
    assertThat(again.eventLogHash()).isEqualTo(honest.eventLogHash());
    assertThat(again.events()).isEqualTo(honest.events());
    assertThat(again.timeline()).isEqualTo(honest.timeline());
  }

  @Test
  void withoutTheForcedQueueTheCensoredUserIsStuckAndTheRunFails() {
    DemoResult twin =
        DemoStory.run(
            new DemoOptions(DemoOptions.DEFAULT_SEED, Set.of(DemoOptions.Part.FORCED_QUEUE)));
    assertThat(twin.passed()).isFalse();
    assertThat(twin.failed())
        .extracting(Check::name)
        .containsExactlyInAnyOrder(
            "dave's forced transaction included by its deadline",
            "dave exits despite the censoring sequencer");
    assertThat(twin.eventLogHash()).isNotEqualTo(honest.eventLogHash());
  }
}
