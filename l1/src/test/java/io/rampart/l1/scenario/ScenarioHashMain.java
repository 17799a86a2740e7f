package io.rampart.l1.scenario;

/** Prints the event-log hash of a random bridge scenario; run in a separate JVM by a test. */
public final class ScenarioHashMain {
  private ScenarioHashMain() {}

  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int steps = Integer.parseInt(args[1]);
    System.out.println(RandomBridgeScenario.run(seed, steps).world.log().hash().toHex());
  }
}
