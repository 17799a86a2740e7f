package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.node.Rpc;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a load of transfers through a stepped devnet and checks that the L1 side (derivation,
 * proposer, challenger, the game's own derivation) rebuilds exactly the sequencer's chain. It also
 * prints the CPU time the L1 side spent per L2 transfer (this thread's CPU time inside {@link
 * RollupL1#sync}, which does all of the L1's work in a stepped devnet): a figure independent of
 * other load on the machine. Size with {@code -Drampart.probe.txs=N} (default 300); the measurement
 * in docs/benchmarks.md uses 20000.
 */
class L1CostProbeTest {
  private static final long START = 1_700_000_000_000L;

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(START);
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private long l1Nanos;

  private void syncL1(Devnet d) {
    long t0 = mx.getCurrentThreadCpuTime();
    d.l1().sync();
    l1Nanos += mx.getCurrentThreadCpuTime() - t0;
  }

  /** The honest source's derived block count (its catching up counts as L1-side work). */
  private long derived(Devnet d) {
    long t0 = mx.getCurrentThreadCpuTime();
    long n = d.l1().honest.refresh();
    l1Nanos += mx.getCurrentThreadCpuTime() - t0;
    return n;
  }

  private void tick(Devnet d) throws InterruptedException {
    clock.addAndGet(1_000);
    syncL1(d);
    CompletableFuture<BlockRecord> mined = d.mine();
    while (!mined.isDone()) {
      d.loop().step();
    }
    syncL1(d);
  }

  @Test
  void theL1SideDerivesTheSequencersChainUnderLoad() throws Exception {
    int txs = Integer.getInteger("rampart.probe.txs", 300);
    int perSecond = Math.min(txs, 500);
    DevnetConfig cfg =
        DevnetConfig.defaults(dir)
            .withPort(0)
            .withBlockTimeMillis(0)
            .withBatchPolicy(new BatchPolicy(120_000, 4))
            .withRollup(new RollupSettings(2, 20, 4, 10));
    try (Devnet d = Devnet.openStepped(cfg, clock::get)) {
      List<PrivateKey> keys = d.devKeys();
      long[] nonces = new long[keys.size()];
      Address to = Address.tryParse("0x3333333333333333333333333333333333333333").orElseThrow();
      long chainId = d.chain().chainId();
      l1Nanos = 0;
      int sent = 0;
      while (sent < txs) {
        List<byte[]> raws = new ArrayList<>();
        for (int i = 0; i < perSecond && sent < txs; i++, sent++) {
          int k = sent % keys.size();
          raws.add(Rpc.transfer(chainId, keys.get(k), nonces[k]++, to, 1));
        }
        var admitted = d.submit(raws);
        while (!admitted.isDone()) {
          d.loop().step();
        }
        tick(d);
      }
      // let the last batch close, reach the inbox and be derived
      long head = d.reader().head().number();
      for (int i = 0; i < 60 && derived(d) <= head; i++) {
        tick(d);
      }
      long derived = derived(d);
      assertThat(derived).isGreaterThan(head);
      long transfers = 0;
      for (long n = 0; n < derived; n++) {
        var mine = d.reader().block(n).orElseThrow();
        var theirs = d.l1().honest.chainTrace().block(n);
        assertThat(theirs.txs().stream().map(L2Tx::hash).toList()).isEqualTo(mine.txHashes());
        transfers += theirs.txs().stream().filter(t -> t instanceof L2Tx.UserTx).count();
      }
      assertThat(transfers).isEqualTo(txs);
      assertThat(d.l1().honest.chainTrace().output(derived - 1).stateRoot())
          .isEqualTo(d.reader().block(derived - 1).orElseThrow().stateRoot());
      System.out.printf(
          "L1 side: %d transfers, %d L2 blocks, L1 thread CPU %.1f ms, %.1f us per transfer%n",
          txs, derived, l1Nanos / 1e6, l1Nanos / 1e3 / txs);
    }
  }
}
