package io.rampart.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rampart} command; one class per subcommand. */
@Command(
    name = "rampart",
    mixinStandardHelpOptions = true,
    version = "rampart 0.1.0",
    description = "Layer-2 security models, run for real and attacked.",
    subcommands = {DemoCommand.class, DevnetCommand.class, ScenarioCommand.class})
public final class Main implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
