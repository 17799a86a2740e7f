package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block clock against a command queue that never empties, on an injected clock with the loop
 * driven step by step (no sequencer thread, no sleeping).
 */
class SequencerLoopTest {
  private static final long BLOCK_TIME = 100;
  private static final long START = 1_700_000_000_000L;

  @TempDir Path dir;

  /** A read that queues the next one when it runs, so there is always a command waiting. */
  private static final class Traffic {
    final Devnet devnet;
    long served;
    CompletableFuture<Integer> pending;

    Traffic(Devnet devnet) {
      this.devnet = devnet;
      send();
    }

    private void send() {
      pending =
          devnet.query(
              a -> {
                served++;
                send();
                return a.pool().size();
              });
    }
  }

  private Devnet open(AtomicLong clock) {
    DevnetConfig cfg = DevnetConfig.defaults(dir).withPort(0).withBlockTimeMillis(BLOCK_TIME);
    return Devnet.openStepped(cfg, clock::get);
  }

  @Test
  void aDueBlockIsSealedBeforeTheQueuedCommands() throws Exception {
    AtomicLong clock = new AtomicLong(START);
    try (Devnet d = open(clock)) {
      SequencerLoop loop = d.loop();
      loop.begin();
      Traffic traffic = new Traffic(d);
      long head = d.reader().head().number();

      // before the deadline every step serves the waiting command and seals nothing
      for (int i = 1; i <= 3; i++) {
        assertThat(loop.step()).isFalse();
        assertThat(traffic.served).isEqualTo(i);
        clock.addAndGet(BLOCK_TIME / 4);
      }
      assertThat(clock.get()).isLessThan(START + BLOCK_TIME);
      assertThat(d.reader().head().number()).isEqualTo(head);

      // round after round the clock reaches the deadline with a command waiting
      for (int round = 1; round <= 5; round++) {
        clock.set(START + round * BLOCK_TIME);
        long served = traffic.served;
        assertThat(traffic.pending).isNotDone();

        loop.step();
        assertThat(d.reader().head().number()).isEqualTo(head + round);
        assertThat(d.reader().head().timestamp()).isEqualTo(clock.get() / 1000);
        assertThat(traffic.served).isEqualTo(served);

        // the waiting command is served next, before the following deadline
        CompletableFuture<Integer> waiting = traffic.pending;
        loop.step();
        assertThat(waiting).isDone();
        assertThat(traffic.served).isEqualTo(served + 1);
        assertThat(d.reader().head().number()).isEqualTo(head + round);
      }
    }
  }

  @Test
  void aStopCommandEndsTheLoop() throws Exception {
    AtomicLong clock = new AtomicLong(START);
    try (Devnet d = open(clock)) {
      SequencerLoop loop = d.loop();
      loop.begin();
      CompletableFuture<Integer> read = d.query(a -> a.pool().size());
      loop.stop();
      assertThat(loop.step()).isTrue();
      assertThat(read).isCompletedWithValue(0);
    }
  }
}
