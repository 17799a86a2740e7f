package io.rampart.bench.world;

import io.rampart.l1.chain.Blob;
import io.rampart.l1.chain.BlobLookup;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.Log;
import io.rampart.l1.node.L1Event;
import io.rampart.l1.node.L1Node;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Worlds for the simulation-speed figure. IDLE: the L1 alone with one subscriber, building empty
 * blocks. BUSY: users send {@code txPerSlot} individual L2 transactions (one message each) to a
 * sequencer, which posts them every slot as one blob batch (100 bytes per transaction) through the
 * inbox; a verifier subscribed to the L1 fetches each blob and decodes every transaction.
 */
public final class RollupWorkload {
  static final Address SEQUENCER = Address.named("sequencer");
  static final Address INBOX = Address.named("inbox");
  static final int TX_BYTES = 100;

  private RollupWorkload() {}

  /** An L2 transfer as the sequencer receives it. */
  record L2Tx(int from, long nonce, int to, long amount) implements Message {}

  record Tick() implements Message {}

  /** Sends {@code perSlot} transactions each slot, spread over the slot. */
  static final class Users implements Actor {
    private final int perSlot;
    private long nonce;

    Users(int perSlot) {
      this.perSlot = perSlot;
    }

    @Override
    public void onStart(ActorContext ctx) {
      ctx.setTimer(SimDuration.ofMillis(500), new Tick());
    }

    @Override
    public void onTimer(ActorContext ctx, Message tag) {
      ActorId seq = ActorId.of("sequencer");
      for (int i = 0; i < perSlot; i++) {
        ctx.send(
            seq,
            new L2Tx(
                ctx.random().nextInt(10_000),
                nonce++,
                ctx.random().nextInt(10_000),
                1 + ctx.random().nextLong(1_000_000)));
      }
      ctx.setTimer(SimDuration.ofSeconds(12), new Tick());
    }
  }

  /** Collects transactions and posts a blob batch every slot. */
  static final class Sequencer implements Actor {
    private ByteBuffer batch = ByteBuffer.allocate(Blob.SIZE);
    int posted;

    @Override
    public void onStart(ActorContext ctx) {
      ctx.setTimer(SimDuration.ofSeconds(11), new Tick());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      if (message instanceof L2Tx tx && batch.remaining() >= TX_BYTES) {
        batch.putInt(tx.from()).putLong(tx.nonce()).putInt(tx.to()).putLong(tx.amount());
        batch.position(batch.position() + TX_BYTES - 24);
      }
    }

    @Override
    public void onTimer(ActorContext ctx, Message tag) {
      if (batch.position() > 0) {
        byte[] data = new byte[batch.position()];
        batch.flip();
        batch.get(data);
        batch = ByteBuffer.allocate(Blob.SIZE);
        ctx.send(
            ActorId.of("l1"),
            TxRequest.call(SEQUENCER, INBOX, new Inbox.PostBlobBatch(0), 200_000)
                .withBlobs(List.of(new Blob(data))));
        posted++;
      }
      ctx.setTimer(SimDuration.ofSeconds(12), new Tick());
    }
  }

  /** Follows the L1 and decodes every posted transaction. */
  static final class Verifier implements Actor {
    private final L1Chain chain;
    long derived;
    long blocks;

    Verifier(L1Chain chain) {
      this.chain = chain;
    }

    @Override
    public void onStart(ActorContext ctx) {
      ctx.send(ActorId.of("l1"), new L1Event.Subscribe());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      if (!(message instanceof L1Event.NewBlock nb)) {
        return;
      }
      blocks++;
      for (Log log : nb.block().logs()) {
        Inbox.BatchEvent.from(log, INBOX)
            .ifPresent(
                e -> {
                  for (var h : e.blobHashes()) {
                    if (chain.blob(h) instanceof BlobLookup.Available a) {
                      ByteBuffer b = ByteBuffer.wrap(a.data());
                      while (b.remaining() >= TX_BYTES) {
                        long amount = b.getLong(b.position() + 16);
                        if (amount > 0) {
                          derived++;
                        }
                        b.position(b.position() + TX_BYTES);
                      }
                    }
                  }
                });
      }
    }
  }

  /** Builds the world; {@code txPerSlot} 0 gives the idle world. */
  public static World build(long seed, int txPerSlot) {
    World w = new World(seed, 0);
    L1Chain chain = new L1Chain(L1Config.defaults().withRetainBlocks(256));
    chain.deploy(new Inbox(INBOX, SEQUENCER, Inbox.DEFAULT_FORCE_DELAY_SECONDS));
    chain.fund(SEQUENCER, Wei.ofEther(1_000_000));
    w.spawn("l1", () -> new L1Node(chain));
    w.spawn("verifier", () -> new Verifier(chain));
    if (txPerSlot > 0) {
      w.spawn("sequencer", Sequencer::new);
      w.spawn("users", () -> new Users(txPerSlot));
    }
    return w;
  }

  /** Transactions the verifier has derived so far. */
  public static long derived(World w) {
    return w.actor(ActorId.of("verifier"), Verifier.class).orElseThrow().derived;
  }
}
