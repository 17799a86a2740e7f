package io.rampart.l1.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.Blob;
import io.rampart.l1.chain.BlobLookup;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.World;
import io.rampart.world.net.MessageFilter;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class L1NodeTest {

  /** Records what the L1 tells it and what it is sent back. */
  static final class Recorder implements Actor {
    final List<Block> blocks = new ArrayList<>();
    final List<Long> finalized = new ArrayList<>();
    final List<SubmitResult> replies = new ArrayList<>();

    @Override
    public void onStart(ActorContext ctx) {
      ctx.send(ActorId.of("l1"), new L1Event.Subscribe());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      switch (message) {
        case L1Event.NewBlock nb -> blocks.add(nb.block());
        case L1Event.Finalized f -> finalized.add(f.number());
        case L1Event.SubmitReply r -> replies.add(r.result());
        default -> {}
      }
    }
  }

  private final L1TestKit kit = new L1TestKit(L1Config.defaults().withFinality(4, 4), 60);
  private final World world = new World(3);
  private final ActorId l1 = world.spawn("l1", () -> new L1Node(kit.chain));
  private final ActorId rec = world.spawn("rec", Recorder::new);

  private Recorder recorder() {
    return world.actor(rec, Recorder.class).orElseThrow();
  }

  private static TxRequest deposit(long gwei) {
    return TxRequest.call(
            L1TestKit.ALICE, L1TestKit.BRIDGE, new Bridge.Deposit(L1TestKit.ALICE), 100_000)
        .withValue(Wei.ofGwei(gwei));
  }

  @Test
  void blocksEveryTwelveSecondsAndFinalityNotices() {
    world.runUntil(SimTime.ofSeconds(120));
    assertThat(recorder().blocks)
        .extracting(Block::timestamp)
        .containsExactly(12L, 24L, 36L, 48L, 60L, 72L, 84L, 96L, 108L, 120L);
    assertThat(recorder().finalized).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void transactionsSentAsMessagesAreAnsweredAndIncluded() {
    world.inject(rec, l1, deposit(5));
    world.runUntil(SimTime.ofSeconds(13));
    assertThat(recorder().replies).singleElement().isInstanceOf(SubmitResult.Accepted.class);
    assertThat(recorder().blocks.getFirst().transactions()).hasSize(1);
  }

  @Test
  void delayedAndCensoredSubmissions() {
    world
        .network()
        .addFilter(
            (now, from, to, m) ->
                m instanceof TxRequest t && t.value().equals(Wei.ofGwei(1))
                    ? new MessageFilter.Drop("censored")
                    : m instanceof TxRequest t2 && t2.value().equals(Wei.ofGwei(2))
                        ? new MessageFilter.Delay(SimDuration.ofSeconds(30))
                        : MessageFilter.PASS);
    world.inject(rec, l1, deposit(1));
    world.inject(rec, l1, deposit(2));
    world.runUntil(SimTime.ofSeconds(60));
    List<Block> blocks = recorder().blocks;
    assertThat(blocks.stream().mapToInt(b -> b.transactions().size()).sum()).isEqualTo(1);
    assertThat(blocks.get(2).transactions()).hasSize(1); // sent at 0, arrives at 30, block at 36
    assertThat(blocks.get(2).timestamp()).isEqualTo(36);
  }

  @Test
  void crashedL1MissesSlotsAndKeepsItsSubscribers() {
    world.runUntil(SimTime.ofSeconds(30));
    world.crash(l1);
    world.runUntil(SimTime.ofSeconds(70));
    world.restart(l1);
    world.runUntil(SimTime.ofSeconds(100));
    assertThat(recorder().blocks)
        .extracting(Block::timestamp)
        .containsExactly(12L, 24L, 72L, 84L, 96L);
    assertThat(recorder().blocks).extracting(Block::number).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void withheldBlobIsSeenOnChainButItsDataIsNot() {
    Blob blob = new Blob(new byte[] {4, 5, 6});
    kit.chain.submit(
        TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.INBOX, new Inbox.PostBlobBatch(0), 100_000)
            .withBlobs(List.of(blob)));
    world.runUntil(SimTime.ofSeconds(12));
    kit.chain.withhold(blob.versionedHash());
    world.runUntil(SimTime.ofSeconds(13));
    Inbox.BatchEvent e =
        Inbox.BatchEvent.from(recorder().blocks.getFirst().logs().getFirst(), L1TestKit.INBOX)
            .orElseThrow();
    assertThat(e.blobHashes()).containsExactly(blob.versionedHash());
    assertThat(kit.chain.blob(blob.versionedHash())).isInstanceOf(BlobLookup.Withheld.class);
    kit.chain.release(blob.versionedHash());
    assertThat(kit.chain.blob(blob.versionedHash())).isInstanceOf(BlobLookup.Available.class);
  }
}
