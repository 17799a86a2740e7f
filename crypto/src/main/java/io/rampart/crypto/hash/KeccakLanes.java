package io.rampart.crypto.hash;

/**
 * Whether {@link KeccakTwoToOne4} can run: the JVM resolved the incubating module {@code
 * jdk.incubator.vector} (started with {@code --add-modules jdk.incubator.vector}, as the launcher,
 * the benchmarks and the tests do) and the processor has native 256-bit vectors. Decided once per
 * JVM; results never depend on it, only speed.
 */
final class KeccakLanes {
  static final boolean AVAILABLE = probe();

  private KeccakLanes() {}

  private static boolean probe() {
    // The vector class is touched only once the module is known to be there, so a JVM without it
    // never tries to load jdk.incubator.vector classes.
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
        && KeccakTwoToOne4.native256();
  }
}
