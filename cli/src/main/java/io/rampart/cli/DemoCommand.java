package io.rampart.cli;

import io.rampart.models.optimistic.demo.DemoOptions;
import io.rampart.models.optimistic.demo.DemoResult;
import io.rampart.models.optimistic.demo.DemoStory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rampart demo [--seed N] [--color | --no-color] [--without PART]}. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the optimistic rollup's whole story in the deterministic world and check it:"
          + " deposits from L1, signed L2 transfers, batches posted with their L1 gas and bytes,"
          + " a malicious proposer caught and slashed by the challenger, a censored user getting in"
          + " through the forced queue, a withdrawal paid after the 7-day window.",
      "Exits 0 only if every check held; otherwise 1, naming the checks that failed."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "World seed (default ${DEFAULT-VALUE}); the same seed gives the same run.")
  long seed;

  @Option(names = "--color", description = "Colour the output even when it is not a terminal.")
  boolean color;

  @Option(
      names = "--no-color",
      description = "Plain text even on a terminal (also when NO_COLOR is set).")
  boolean noColor;

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "PART",
      description =
          "Leave a part of the story out, making a corrupted twin that must fail its checks:"
              + " challenger (nobody disputes the forged root), forced-queue (the censored user"
              + " does not use the inbox's forced queue).")
  List<String> without = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (color && noColor) {
      err.println("error: --color and --no-color contradict each other; give one of them.");
      err.flush();
      return 2;
    }
    Set<DemoOptions.Part> parts = EnumSet.noneOf(DemoOptions.Part.class);
    for (String w : without) {
      DemoOptions.Part p = part(w);
      if (p == null) {
        err.println(
            "error: unknown part '" + w + "' for --without; expected challenger or forced-queue.");
        err.flush();
        return 2;
      }
      parts.add(p);
    }
    DemoResult r = DemoStory.run(new DemoOptions(seed, parts));
    out.print(new DemoPrinter(useColour()).render(r));
    out.flush();
    if (!r.passed()) {
      List<String> names = new ArrayList<>();
      r.failed().forEach(c -> names.add(c.name()));
      err.println("demo failed (seed " + seed + "): " + String.join("; ", names));
      err.flush();
      return 1;
    }
    return 0;
  }

  private static DemoOptions.Part part(String label) {
    for (DemoOptions.Part p : DemoOptions.Part.values()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    return null;
  }

  private boolean useColour() {
    if (color || noColor) {
      return color;
    }
    String env = System.getenv("NO_COLOR");
    if (env != null && !env.isEmpty()) {
      return false;
    }
    var console = System.console();
    return console != null && console.isTerminal();
  }
}
