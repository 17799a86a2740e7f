package io.rampart.cli;

import io.rampart.models.optimistic.scenario.Scenarios;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart scenario <name> [--seed N]} and {@code rampart scenario --list}. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Run a scenario in the deterministic world and print its report.")
public final class ScenarioCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Scenario to run.")
  String name;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "World seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--list", description = "List the scenarios.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Scenarios.Entry> all = Scenarios.all();
    if (list || name == null) {
      out.println("Scenarios (run with: rampart scenario <name> [--seed N]):");
      all.values().forEach(e -> out.printf("  %-32s %s%n", e.name(), e.description()));
      out.flush();
      return list ? 0 : 2;
    }
    Scenarios.Entry e = all.get(name);
    if (e == null) {
      spec.commandLine()
          .getErr()
          .println("unknown scenario '" + name + "'; see rampart scenario --list");
      return 2;
    }
    out.print(e.run().apply(seed).report().render());
    out.flush();
    return 0;
  }
}
