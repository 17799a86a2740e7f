package io.rampart.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.tx.SignedTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills a sequencing child JVM with SIGKILL at seeded random moments, 22 times, restarting it on
 * the same RocksDB directory. After every restart: every acknowledged transaction is in a stored
 * block, and the stored blocks and state root equal an independent replay of those transactions.
 */
@Tag("slow")
class CrashRecoveryTest {
  private static final long SEED = 424242;
  private static final int ACCOUNTS = 16;
  private static final int KILLS = 22;

  private record Child(Process process, BufferedReader out) {}

  private static Child start(Path dir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                dir.toString(),
                Long.toString(SEED),
                Integer.toString(ACCOUNTS))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    return new Child(
        p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
  }

  /** Reads the child's view of its stored chain and checks it against a replay. */
  private static Set<Bytes32> verifyRestart(
      Child c, Fixture fx, Map<Bytes32, byte[]> sent, Set<Bytes32> acked) throws IOException {
    WorldState replay = new WorldState(fx.cfg.hasher());
    Set<Bytes32> committed = new LinkedHashSet<>();
    for (String line = c.out.readLine(); ; line = c.out.readLine()) {
      assertThat(line).as("child output").isNotNull();
      if (line.startsWith("ready ")) {
        assertThat(Bytes32.fromHex(line.substring(6))).isEqualTo(replay.root());
        break;
      }
      String[] parts = line.split(" ", 4);
      long n = Long.parseLong(parts[1]);
      BlockBuilder b = new BlockBuilder(fx.cfg, replay, Fixture.ECDSA);
      if (n == 0) {
        for (int i = 0; i < ACCOUNTS; i++) {
          b.add(fx.deposit(i, 0, fx.addresses.get(i), 1_000_000_000L));
        }
      } else if (parts.length == 4 && !parts[3].isEmpty()) {
        for (String h : parts[3].split(",")) {
          Bytes32 hash = Bytes32.fromHex(h);
          byte[] raw = sent.get(hash);
          assertThat(raw).as("block holds a transaction that was sent").isNotNull();
          L2Tx.UserTx u = ((Checked.Ok) TxChecks.check(fx.cfg, raw, Fixture.ECDSA)).tx();
          assertThat(b.add(u)).isInstanceOf(io.rampart.chain.stf.TxOutcome.Applied.class);
          committed.add(hash);
        }
      }
      replay.apply(b.diff());
      assertThat(Bytes32.fromHex(parts[2])).as("root of block " + n).isEqualTo(replay.root());
    }
    assertThat(committed).as("no acknowledged transaction lost").containsAll(acked);
    return committed;
  }

  @Test
  void killedSequencerRestartsWithEveryAcknowledgedTransaction() throws Exception {
    Path dir = Files.createTempDirectory("rampart-crash");
    Fixture fx = new Fixture(ACCOUNTS, SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    List<SignedTransaction> all = new ArrayList<>();
    long[] nonces = new long[ACCOUNTS];
    for (int i = 0; i < 3_000; i++) {
      int from = i % ACCOUNTS;
      all.add(fx.transfer(from, fx.addresses.get(rnd.nextInt(ACCOUNTS)), nonces[from]++, 1 + i));
    }
    Map<Bytes32, byte[]> sent = new HashMap<>();
    Set<Bytes32> acked = ConcurrentHashMap.newKeySet();
    Set<Bytes32> committed = Set.of();
    int killedWithAcks = 0;
    try {
      for (int round = 0; round <= KILLS; round++) {
        Child c = start(dir);
        try {
          committed = verifyRestart(c, fx, sent, acked);
          acked.addAll(committed);
          if (round == KILLS) {
            break;
          }
          List<SignedTransaction> todo = new ArrayList<>();
          for (SignedTransaction t : all) {
            if (!committed.contains(t.hash()) && todo.size() < 400) {
              todo.add(t);
            }
          }
          todo.forEach(t -> sent.put(t.hash(), t.encoded()));
          int before = acked.size();
          Thread writer = Thread.ofVirtual().start(() -> feed(c.process, todo));
          Thread reader = Thread.ofVirtual().start(() -> readAcks(c.out, acked));
          // A random point: after a random number of acknowledgements, plus a random delay.
          int target = rnd.nextInt(8) == 0 ? 0 : rnd.nextInt(1, 100);
          long deadline = System.nanoTime() + 5_000_000_000L;
          while (acked.size() < before + target && System.nanoTime() < deadline) {
            Thread.sleep(1);
          }
          Thread.sleep(rnd.nextInt(0, 15));
          c.process.destroyForcibly(); // SIGKILL on Linux
          c.process.waitFor();
          writer.join();
          reader.join();
          if (acked.size() > before) {
            killedWithAcks++; // killed while sequencing, not before the first block
          }
        } finally {
          c.process.destroyForcibly();
          c.process.waitFor();
        }
      }
      assertThat(killedWithAcks).isGreaterThanOrEqualTo(KILLS * 2 / 3);
      assertThat(committed.size()).as("transactions that made it through the kills").isPositive();
    } finally {
      TestDirs.delete(dir);
    }
  }

  private static void feed(Process p, List<SignedTransaction> todo) {
    try {
      OutputStream os = p.getOutputStream();
      for (int i = 0; i < todo.size(); i++) {
        os.write(
            ("tx " + HexFormat.of().formatHex(todo.get(i).encoded()) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        if (i % 20 == 19) {
          os.write("seal\n".getBytes(StandardCharsets.US_ASCII));
          os.flush();
        }
      }
      os.write("seal\n".getBytes(StandardCharsets.US_ASCII));
      os.flush();
    } catch (IOException e) {
      // the child was killed mid-write: expected
    }
  }

  private static void readAcks(BufferedReader out, Set<Bytes32> acked) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ack ")) {
          acked.add(Bytes32.fromHex(line.substring(4)));
        }
      }
    } catch (IOException e) {
      // pipe closed by the kill
    }
  }
}
