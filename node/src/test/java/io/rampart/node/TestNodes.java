package io.rampart.node;

import io.rampart.node.devnet.DevnetConfig;
import io.rampart.node.devnet.DevnetServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Devnets for tests: ephemeral port on 127.0.0.1, a fresh data directory. */
public final class TestNodes {
  private TestNodes() {}

  public static DevnetConfig config(Path dir, long blockTimeMillis) {
    return DevnetConfig.defaults(dir).withPort(0).withBlockTimeMillis(blockTimeMillis);
  }

  public static DevnetServer start(Path dir, long blockTimeMillis) {
    return DevnetServer.start(config(dir, blockTimeMillis));
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
