package io.rampart.models.optimistic.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a scenario run shows: timeline, gas, bonds, verdict and the invariants checked. */
public record Report(
    String name,
    long seed,
    String verdict,
    List<Timeline.Entry> timeline,
    List<Timeline.BondMove> bonds,
    Map<String, Long> gasByWho,
    Map<String, long[]> gasByAction,
    long batches,
    long batchGas,
    List<String> facts,
    List<String> invariants,
    String eventLogHash) {

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append("Scenario ").append(name).append(" (seed ").append(seed).append(")\n\n");
    b.append("Timeline (L1 time, who, what, gas, outcome):\n");
    for (Timeline.Entry e : timeline) {
      b.append(
          String.format(
              "  %10s  %-14s %-44s %10d  %s%n",
              clock(e.time()), e.who(), e.what(), e.gas(), e.outcome()));
    }
    b.append(String.format("  (%d sequencer batches, %d gas in all)%n", batches, batchGas));
    b.append("\nL1 gas per action (count, total, largest):\n");
    gasByAction.forEach(
        (k, v) -> b.append(String.format("  %-20s %6d %14d %10d%n", k, v[0], v[1], v[2])));
    b.append("\nL1 gas per party:\n");
    gasByWho.forEach((k, v) -> b.append(String.format("  %-14s %14d%n", k, v)));
    b.append("\nBonds moved at resolution (gwei):\n");
    if (bonds.isEmpty()) {
      b.append("  none\n");
    }
    for (Timeline.BondMove m : bonds) {
      b.append(
          String.format(
              "  %10s  proposal %d node %-4d -> %-14s %14d  burnt %d%n",
              clock(m.time()), m.proposal(), m.node(), m.to(), m.gwei(), m.burntGwei()));
    }
    b.append("\nFacts:\n");
    facts.forEach(f -> b.append("  ").append(f).append('\n'));
    b.append("\nInvariants checked after every event:\n");
    invariants.forEach(f -> b.append("  ").append(f).append('\n'));
    b.append("\nVerdict: ").append(verdict).append('\n');
    b.append("Event log hash: ").append(eventLogHash).append('\n');
    return b.toString();
  }

  /** Seconds as {@code d+hh:mm:ss}. */
  public static String clock(long s) {
    return String.format("%dd+%02d:%02d:%02d", s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
  }

  /** Bonds paid to {@code who}, in gwei. */
  public long bondsTo(String who) {
    long t = 0;
    for (Timeline.BondMove m : bonds) {
      if (m.to().equals(who)) {
        t += m.gwei();
      }
    }
    return t;
  }

  static List<String> list(String... s) {
    return new ArrayList<>(List.of(s));
  }
}
