package io.rampart.models.optimistic.demo;

import java.util.List;
import java.util.Optional;

/**
 * A finished demo run: the timeline as it happened, the checks made against the final state, the
 * summary figures and the event-log hash. {@code stoppedBy} is set when the world stopped early (an
 * invariant checked after every event broke); the checks not reached then count as failed.
 */
public record DemoResult(
    long seed,
    List<Line> timeline,
    List<Check> checks,
    List<Row> summary,
    long events,
    String eventLogHash,
    Optional<String> stoppedBy) {

  public DemoResult {
    timeline = List.copyOf(timeline);
    checks = List.copyOf(checks);
    summary = List.copyOf(summary);
  }

  /** What a timeline line is about; the printer colours by kind. */
  public enum Kind {
    L1,
    L2,
    BATCH,
    PROPOSAL,
    GAME,
    BRIDGE,
    ATTACK,
    NOTE
  }

  /** One line of the story at simulated L1 time {@code time} (seconds). */
  public record Line(long time, Kind kind, String who, String text) {}

  /** A claim the story makes, checked against state. */
  public record Check(String name, boolean held, String detail) {}

  /** One row of the summary table. */
  public record Row(String label, String value) {}

  /** True only if the run finished and every check held. */
  public boolean passed() {
    return stoppedBy.isEmpty() && !checks.isEmpty() && checks.stream().allMatch(Check::held);
  }

  public List<Check> failed() {
    return checks.stream().filter(c -> !c.held()).toList();
  }

  /** Seconds as {@code d0 00:00:12}. */
  public static String clock(long s) {
    return String.format("d%d %02d:%02d:%02d", s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
  }

  /** A span of seconds as {@code 7 d 00:30:12}. */
  public static String duration(long s) {
    return String.format("%d d %02d:%02d:%02d", s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
  }

  /** Gwei as ETH, at most 4 decimals, trailing zeros dropped. */
  public static String eth(long gwei) {
    java.math.BigDecimal v =
        java.math.BigDecimal.valueOf(gwei, 9).setScale(4, java.math.RoundingMode.HALF_EVEN);
    return v.stripTrailingZeros().toPlainString() + " ETH";
  }
}
