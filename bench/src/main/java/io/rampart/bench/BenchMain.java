package io.rampart.bench;

/** Entry point of the benchmark jar; replaced by the real suite runner. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
