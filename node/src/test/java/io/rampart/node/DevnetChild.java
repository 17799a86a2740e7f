package io.rampart.node;

import io.rampart.node.devnet.DevnetServer;
import java.nio.file.Path;

/**
 * A devnet in its own JVM for the restart test: serves on an ephemeral port, prints {@code PORT n},
 * and runs until killed (args: data directory, block time in ms).
 */
public final class DevnetChild {
  private DevnetChild() {}

  public static void main(String[] args) throws Exception {
    DevnetServer s = TestNodes.start(Path.of(args[0]), Long.parseLong(args[1]));
    System.out.println("PORT " + s.port());
    System.out.flush();
    Thread.sleep(120_000); // bounded: the test kills it long before
    s.close();
  }
}
