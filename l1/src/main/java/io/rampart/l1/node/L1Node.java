package io.rampart.l1.node;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ChainListener;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.ReorgResult;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * The L1 as an actor: it builds a block at every slot boundary ({@code k × slot} after the world's
 * epoch, timestamp in whole seconds), accepts {@link TxRequest}s, reorgs on {@link
 * L1Event.ReorgRequest}, and sends {@link L1Event}s to subscribers through the network. The chain
 * object lives outside the actor (the L1 is not a crashable participant); subscriptions are kept in
 * the store.
 */
public final class L1Node implements Actor {
  private final L1Chain chain;
  private final List<L1Event> outbox = new ArrayList<>();
  private final ChainListener forwarder =
      new ChainListener() {
        @Override
        public void onBlock(Block block) {
          outbox.add(new L1Event.NewBlock(block));
        }

        @Override
        public void onRollback(long forkPoint, List<Block> orphaned) {
          List<Bytes32> hashes = new ArrayList<>();
          for (Block b : orphaned) {
            hashes.add(b.hash());
          }
          outbox.add(new L1Event.Rollback(forkPoint, hashes));
        }

        @Override
        public void onFinalized(long number) {
          outbox.add(new L1Event.Finalized(number));
        }
      };
  private ReorgResult lastReorg;

  private record SlotTick() implements Message {}

  public L1Node(L1Chain chain) {
    this.chain = chain;
  }

  public L1Chain chain() {
    return chain;
  }

  /** The result of the most recent reorg request, or null. */
  public ReorgResult lastReorg() {
    return lastReorg;
  }

  @Override
  public void onStart(ActorContext ctx) {
    chain.addListener(forwarder);
    scheduleNextSlot(ctx);
  }

  @Override
  public void onCrash() {
    chain.removeListener(forwarder);
  }

  private void scheduleNextSlot(ActorContext ctx) {
    long slot = chain.config().slot().micros();
    long now = ctx.now().micros();
    long next = (now / slot + 1) * slot;
    ctx.setTimer(SimDuration.ofMicros(next - now), new SlotTick());
  }

  @Override
  public void onTimer(ActorContext ctx, Message tag) {
    chain.produceBlock(ctx.now().toSeconds());
    flush(ctx);
    scheduleNextSlot(ctx);
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {
    switch (message) {
      case TxRequest req -> {
        SubmitResult result = chain.submit(req);
        ctx.send(from, new L1Event.SubmitReply(req, result));
      }
      case L1Event.Subscribe s -> ctx.store().put("sub/" + from.name(), new byte[0]);
      case L1Event.Unsubscribe u -> ctx.store().delete("sub/" + from.name());
      case L1Event.ReorgRequest r -> {
        lastReorg = chain.reorg(r.depth(), r.plan());
        ctx.trace("reorg depth " + r.depth() + ": " + describe(lastReorg));
        flush(ctx);
      }
      default -> ctx.trace("ignored " + message.describe());
    }
  }

  private static String describe(ReorgResult r) {
    return switch (r) {
      case ReorgResult.Reorged ok -> "replaced blocks above " + ok.forkPoint();
      case ReorgResult.Refused no -> "refused: " + no.reason();
    };
  }

  private void flush(ActorContext ctx) {
    List<String> subs = ctx.store().keys("sub/");
    for (L1Event e : outbox) {
      for (String key : subs) {
        ctx.send(ActorId.of(key.substring(4)), e);
      }
    }
    outbox.clear();
  }
}
