package io.rampart.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.ForcedInclusion;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.exec.Log;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forced inclusion: a forced transaction queued at time t with the default 24 h delay must be
 * derived at the first L1 block with a timestamp strictly after t + 86,400, however the sequencer
 * behaves.
 */
class ForcedInclusionTest {
  private static final long DAY = Inbox.DEFAULT_FORCE_DELAY_SECONDS;

  @Test
  void ruleAtTheBoundary() {
    long[] deadlines = {100, 200};
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 0, 99)).isZero();
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 0, 100)).as("at the deadline").isZero();
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 0, 101)).isEqualTo(1);
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 0, 201)).isEqualTo(2);
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 2, 0))
        .as("sequencer pulls early")
        .isEqualTo(2);
    assertThat(ForcedInclusion.includeThrough(deadlines, 1, 0, 0))
        .as("never goes back")
        .isEqualTo(1);
    assertThat(ForcedInclusion.includeThrough(deadlines, 0, 9, 0))
        .as("clipped to queue")
        .isEqualTo(2);
  }

  /** Derivation over the L1: returns the derived sequence ("forced:i" / "batch:j" / ...). */
  private static List<String> derive(L1TestKit kit) {
    List<String> out = new ArrayList<>();
    List<Long> deadlines = new ArrayList<>();
    int included = 0;
    for (long n = 1; n <= kit.chain.head().number(); n++) {
      Block b = kit.chain.block(n).orElseThrow();
      List<Inbox.BatchEvent> batches = new ArrayList<>();
      for (Log log : b.logs()) {
        Inbox.ForcedTxEvent.from(log, L1TestKit.INBOX).ifPresent(f -> deadlines.add(f.deadline()));
        Inbox.BatchEvent.from(log, L1TestKit.INBOX).ifPresent(batches::add);
      }
      long[] dl = deadlines.stream().mapToLong(Long::longValue).toArray();
      for (Inbox.BatchEvent e : batches) {
        int through =
            ForcedInclusion.includeThrough(dl, included, e.forcedThrough(), b.timestamp());
        for (; included < through; included++) {
          out.add("forced:" + included + "@" + b.timestamp());
        }
        out.add("batch:" + e.index());
      }
      int through = ForcedInclusion.includeThrough(dl, included, 0, b.timestamp());
      for (; included < through; included++) {
        out.add("forced:" + included + "@" + b.timestamp());
      }
    }
    return out;
  }

  private static Receipt post(L1TestKit kit, long forcedThrough, long timestamp) {
    kit.chain.submit(
        TxRequest.call(
            L1TestKit.SEQUENCER,
            L1TestKit.INBOX,
            new Inbox.PostBatch(new byte[] {1, 2, 3}, forcedThrough),
            200_000));
    kit.chain.produceBlock(timestamp);
    return kit.chain.receipt(kit.chain.head().transactions().getFirst().hash()).orElseThrow();
  }

  @Test
  void censoringSequencerCannotKeepAForcedTransactionOutPastItsDeadline() {
    L1TestKit kit = new L1TestKit();
    kit.chain.submit(
        TxRequest.call(
            L1TestKit.ALICE, L1TestKit.INBOX, new Inbox.ForceInclude(new byte[] {9}), 200_000));
    kit.chain.produceBlock(12);
    long deadline = 12 + DAY;
    // The sequencer keeps posting batches that ignore the queue (forcedThrough = 0).
    post(kit, 0, 24);
    post(kit, 0, deadline - 1);
    post(kit, 0, deadline);
    assertThat(derive(kit)).containsExactly("batch:0", "batch:1", "batch:2");
    post(kit, 0, deadline + 1);
    assertThat(derive(kit))
        .containsExactly("batch:0", "batch:1", "batch:2", "forced:0@" + (deadline + 1), "batch:3");
  }

  @Test
  void forcedTransactionIsDerivedEvenIfTheSequencerPostsNothing() {
    L1TestKit kit = new L1TestKit();
    kit.chain.submit(
        TxRequest.call(
            L1TestKit.ALICE, L1TestKit.INBOX, new Inbox.ForceInclude(new byte[] {9}), 200_000));
    kit.chain.produceBlock(12);
    kit.chain.produceBlock(12 + DAY);
    assertThat(derive(kit)).isEmpty();
    kit.chain.produceBlock(12 + DAY + 12);
    assertThat(derive(kit)).containsExactly("forced:0@" + (12 + DAY + 12));
  }

  @Test
  void honestSequencerMayIncludeEarlyButNotBeyondTheQueue() {
    L1TestKit kit = new L1TestKit();
    kit.chain.submit(
        TxRequest.call(
            L1TestKit.ALICE, L1TestKit.INBOX, new Inbox.ForceInclude(new byte[] {9}), 200_000));
    kit.chain.produceBlock(12);
    assertThat(post(kit, 2, 24).revertReason()).isEqualTo("FORCED_THROUGH_BEYOND_QUEUE");
    assertThat(post(kit, 1, 36).succeeded()).isTrue();
    assertThat(derive(kit)).containsExactly("forced:0@36", "batch:0");
  }

  @Test
  void forcedTransactionSizeIsBounded() {
    L1TestKit kit = new L1TestKit();
    Receipt empty =
        kit.execute(
            TxRequest.call(
                L1TestKit.ALICE, L1TestKit.INBOX, new Inbox.ForceInclude(new byte[0]), 200_000));
    Receipt huge =
        kit.execute(
            TxRequest.call(
                L1TestKit.ALICE,
                L1TestKit.INBOX,
                new Inbox.ForceInclude(new byte[Inbox.MAX_FORCED_TX_BYTES + 1]),
                2_000_000));
    assertThat(empty.revertReason()).isEqualTo("BAD_FORCED_TX_SIZE");
    assertThat(huge.revertReason()).isEqualTo("BAD_FORCED_TX_SIZE");
  }
}
