package io.rampart.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs Rampart's JMH suite with a named profile: {@code quick} (the default, a few minutes, numbers
 * good to about ±10%) or {@code full} (longer, for the published tables in docs/benchmarks.md).
 * Extra arguments are JMH include patterns. Results also go to {@code bench-results.json}.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Named groups of benchmarks; {@code crypto} is the default. */
  private enum Suite {
    CRYPTO("HashBench", "FieldBench", "Secp256k1Bench", "MerkleBench"),
    CHAIN("ChainBench", "ChainStoreBench"),
    STARK("StarkBench"),
    WORLD("WorldSpeedBenchmark"),
    ALL();

    final List<String> classes;

    Suite(String... classes) {
      this.classes = List.of(classes);
    }

    String pattern() {
      return classes.isEmpty()
          ? "io\\.rampart\\.bench\\..*"
          : "io\\.rampart\\.bench\\.(.*\\.)?(" + String.join("|", classes) + ")\\..*";
    }
  }

  private enum Profile {
    QUICK(1, 2, 3, 1, 1),
    FULL(2, 3, 5, 2, 3);

    final int forks;
    final int warmups;
    final int iterations;
    final int warmupSeconds;
    final int measureSeconds;

    Profile(int forks, int warmups, int iterations, int warmupSeconds, int measureSeconds) {
      this.forks = forks;
      this.warmups = warmups;
      this.iterations = iterations;
      this.warmupSeconds = warmupSeconds;
      this.measureSeconds = measureSeconds;
    }
  }

  public static void main(String[] args) throws RunnerException {
    if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
      System.out.println(
          """
          Usage: ./rampart bench [quick|full] [suite|pattern ...]
            quick   default; one fork, short iterations
            full    two forks, longer iterations (for docs/benchmarks.md)
            suite   crypto (default: hashes, field, secp256k1, Merkle trees), chain, stark,
                    world, or all
            pattern JMH include regex, e.g. FieldBench or 'MerkleBench.update'
          Results are printed and written to bench-results.json.
          Pass raw JMH options with: ./rampart bench jmh <options>""");
      return;
    }
    if (args.length > 0 && args[0].equals("jmh")) {
      try {
        org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      } catch (IOException e) {
        throw new RunnerException("JMH failed", e);
      }
      return;
    }
    Profile profile = Profile.QUICK;
    List<String> patterns = new ArrayList<>();
    for (String a : args) {
      switch (a.toLowerCase(Locale.ROOT)) {
        case "quick" -> profile = Profile.QUICK;
        case "full" -> profile = Profile.FULL;
        case "crypto", "chain", "stark", "world", "all" ->
            patterns.add(Suite.valueOf(a.toUpperCase(Locale.ROOT)).pattern());
        default -> patterns.add(a);
      }
    }
    printMachine(profile);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(profile.forks)
            .warmupIterations(profile.warmups)
            .measurementIterations(profile.iterations)
            .warmupTime(TimeValue.seconds(profile.warmupSeconds))
            .measurementTime(TimeValue.seconds(profile.measureSeconds))
            .jvmArgsAppend(
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules=jdk.incubator.vector",
                "-Xmx4g")
            .resultFormat(ResultFormatType.JSON)
            .result("bench-results.json");
    if (patterns.isEmpty()) {
      patterns.add(Suite.CRYPTO.pattern());
    }
    patterns.forEach(options::include);
    new Runner(options.build()).run();
  }

  private static void printMachine(Profile profile) {
    System.out.printf(
        "Rampart benchmarks, profile %s%n  JVM: %s %s (%s)%n  CPU: %s, %d cores visible%n  OS:  %s %s%n%n",
        profile.name().toLowerCase(Locale.ROOT),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "unknown";
    }
    try (BufferedReader r = Files.newBufferedReader(cpuinfo, StandardCharsets.US_ASCII)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }
}
