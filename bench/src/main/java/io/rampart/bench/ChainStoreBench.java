package io.rampart.bench;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.RocksKeyValueStore;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.hash.Keccak256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reopening a node: open RocksDB, scan 1,000,000 stored accounts, rebuild the Keccak-256 account
 * tree in one batched update and check the root against the stored head. Seconds per reopen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ChainStoreBench {
  static final int ACCOUNTS = 1_000_000;
  Path dir;

  @Setup(Level.Trial)
  public void write() throws IOException {
    dir = Files.createTempDirectory("rampart-reopen");
    SplittableRandom r = new SplittableRandom(9);
    int[] idx = new int[ACCOUNTS];
    Account[] acc = new Account[ACCOUNTS];
    byte[] a = new byte[20];
    for (int i = 0; i < ACCOUNTS; i++) {
      r.nextBytes(a);
      idx[i] = i;
      acc[i] = new Account(Address.fromBytes(a).orElseThrow(), i % 5, r.nextLong(1, 1L << 50));
    }
    StateDiff diff = new StateDiff(idx, acc, List.of());
    WorldState w = new WorldState(Keccak256.INSTANCE);
    var root = w.apply(diff);
    try (var kv = RocksKeyValueStore.open(dir, true)) {
      new ChainStore(kv).commitBlock(new L2Block(0, 0, 0, List.<L2Tx>of(), List.of(), root), diff);
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Benchmark
  public Object reopenMillionAccounts() {
    try (var kv = RocksKeyValueStore.open(dir, true)) {
      return new ChainStore(kv).load(Keccak256.INSTANCE).root();
    }
  }
}
