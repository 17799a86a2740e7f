package io.rampart.cli;

import io.rampart.models.optimistic.demo.DemoResult;
import io.rampart.models.optimistic.demo.DemoResult.Check;
import io.rampart.models.optimistic.demo.DemoResult.Kind;
import io.rampart.models.optimistic.demo.DemoResult.Line;
import io.rampart.models.optimistic.demo.DemoResult.Row;

/** Renders a demo run as text, with ANSI colours or without. */
final class DemoPrinter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";
  private static final String MAGENTA = "\u001b[35m";
  private static final String CYAN = "\u001b[36m";

  private final boolean ansi;

  DemoPrinter(boolean ansi) {
    this.ansi = ansi;
  }

  private String paint(String code, String text) {
    return ansi ? code + text + RESET : text;
  }

  private static String colour(Kind k) {
    return switch (k) {
      case L1 -> BLUE;
      case L2 -> CYAN;
      case BATCH -> MAGENTA;
      case PROPOSAL -> GREEN;
      case GAME -> YELLOW;
      case BRIDGE -> BOLD + GREEN;
      case ATTACK -> BOLD + RED;
      case NOTE -> DIM;
    };
  }

  String render(DemoResult r) {
    StringBuilder b = new StringBuilder();
    b.append(paint(BOLD, "Rampart demo: an optimistic rollup, seed " + r.seed()))
        .append(" (deterministic: the same seed replays the same run)\n\n");
    b.append(paint(BOLD, "Timeline"))
        .append(" (simulated time, day and hh:mm:ss; L1 blocks every 12 s)\n");
    for (Line l : r.timeline()) {
      String tag = String.format("%-9s", l.kind().name().toLowerCase(java.util.Locale.ROOT));
      b.append("  ")
          .append(paint(DIM, DemoResult.clock(l.time())))
          .append("  ")
          .append(paint(colour(l.kind()), tag))
          .append(String.format("%-11s ", l.who()))
          .append(l.kind() == Kind.ATTACK ? paint(RED, l.text()) : l.text())
          .append('\n');
    }
    b.append('\n')
        .append(paint(BOLD, "Checks"))
        .append(" (each against the final L1 and L2 state)\n");
    for (Check c : r.checks()) {
      b.append("  ")
          .append(c.held() ? paint(GREEN, "PASS") : paint(BOLD + RED, "FAIL"))
          .append("  ")
          .append(c.name());
      if (!c.held()) {
        b.append(": ").append(paint(RED, c.detail()));
      }
      b.append('\n');
    }
    b.append('\n').append(paint(BOLD, "Summary")).append('\n');
    for (Row row : r.summary()) {
      b.append(String.format("  %-27s ", row.label())).append(row.value()).append('\n');
    }
    b.append(String.format("  %-27s %s%n", "event log hash", r.eventLogHash()));
    b.append('\n');
    long held = r.checks().stream().filter(Check::held).count();
    if (r.passed()) {
      b.append(
          paint(
              BOLD + GREEN,
              "Result: every check held (" + held + " of " + r.checks().size() + ")"));
    } else {
      b.append(
          paint(
              BOLD + RED,
              "Result: FAILED, "
                  + (r.checks().size() - held)
                  + " of "
                  + r.checks().size()
                  + " checks did not hold"
                  + r.stoppedBy().map(s -> "; the run stopped: " + s).orElse("")));
    }
    return b.append('\n').toString();
  }
}
