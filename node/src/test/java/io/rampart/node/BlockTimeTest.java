package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.node.devnet.DevnetServer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a block time, blocks keep coming even while the sequencer never runs out of requests. */
class BlockTimeTest {
  @TempDir Path dir;

  @Test
  void steadyTrafficDoesNotStarveTheBlockClock() throws Exception {
    try (DevnetServer s = TestNodes.start(dir, 100)) {
      Rpc rpc = new Rpc(s.url());
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> ts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        ts.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      // keep up to 64 reads queued for the sequencer thread at all times
                      ArrayDeque<CompletableFuture<Integer>> window = new ArrayDeque<>();
                      for (int k = 0; k < 5_000_000 && !stop.get(); k++) { // bounded
                        window.add(s.devnet().query(a -> a.pool().size()));
                        if (window.size() >= 64) {
                          window.poll().join();
                        }
                      }
                      window.forEach(CompletableFuture::join);
                    }));
      }
      long start = Long.decode(rpc.result("eth_blockNumber", "[]").asText());
      Thread.sleep(1_500);
      long end = Long.decode(rpc.result("eth_blockNumber", "[]").asText());
      stop.set(true);
      for (Thread t : ts) {
        t.join();
      }
      // 1.5 s at 100 ms per block is 15 blocks; a loaded machine may stretch that
      assertThat(end - start).isGreaterThanOrEqualTo(5);
    }
  }
}
