package io.rampart.models.optimistic.actors;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.game.DisputeGame;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.time.SimDuration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Posts the output of the latest derived L2 block every {@code cadence}, if it advanced, with the
 * depth-0 bond, anchored on the latest final proposal. {@code forge} may replace the true output (a
 * dishonest proposer); the proposer defends its proposals through a {@link PlayerActor}.
 */
public final class ProposerActor implements Actor {
  public static final long PROPOSE_GAS = 1_000_000;

  private record Tick() implements Message {}

  private final ActorId l1;
  private final L1Chain chain;
  private final Address me;
  private final DisputeGame game;
  private final Supplier<DerivingSource> sources;
  private final SimDuration cadence;
  private final Function<ChainTrace.Output, GameCalls.ProposeOutput> forge;
  private DerivingSource source;

  public ProposerActor(
      ActorId l1,
      L1Chain chain,
      Address me,
      DisputeGame game,
      Supplier<DerivingSource> sources,
      SimDuration cadence,
      Function<ChainTrace.Output, GameCalls.ProposeOutput> forge) {
    this.l1 = l1;
    this.chain = chain;
    this.me = me;
    this.game = game;
    this.sources = sources;
    this.cadence = cadence;
    this.forge = forge;
  }

  @Override
  public void onStart(ActorContext ctx) {
    source = sources.get();
    ctx.setTimer(cadence, new Tick());
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {}

  @Override
  public void onTimer(ActorContext ctx, Message tag) {
    ctx.setTimer(cadence, new Tick());
    long blocks = source.refresh();
    long last = ctx.store().getLong("proposed-block", -1);
    if (blocks == 0 || blocks - 1 <= last) {
      return;
    }
    long target = blocks - 1;
    long anchor = -1;
    long count = chain.view(game.address(), game::proposalCount);
    for (long p = count - 1; p >= 0 && anchor < 0; p--) {
      long pp = p;
      boolean fin =
          chain.view(game.address(), c -> game.status(c, pp)) instanceof CommitmentStatus.Final;
      long block = chain.view(game.address(), c -> game.proposal(c, pp)).l2Block();
      if (fin && block < target) {
        anchor = p;
      }
    }
    ChainTrace.Output out = source.chainTrace().output(target);
    GameCalls.ProposeOutput honest =
        new GameCalls.ProposeOutput(
            target,
            out.stateRoot(),
            out.withdrawalRoot(),
            out.accountRoot(),
            out.nextIndex(),
            out.addressRoot(),
            anchor);
    GameCalls.ProposeOutput call = forge == null ? honest : forge.apply(out);
    call =
        new GameCalls.ProposeOutput(
            call.l2Block(),
            call.stateRoot(),
            call.withdrawalRoot(),
            call.accountRoot(),
            call.nextIndex(),
            call.addressRoot(),
            anchor);
    ctx.send(
        l1,
        TxRequest.call(me, game.address(), call, PROPOSE_GAS)
            .withValue(Wei.ofGwei(game.params().bondGwei(0))));
    ctx.store().putLong("proposed-block", target);
    ctx.trace("proposes block " + target + " state " + call.stateRoot());
  }

  /** The trace root a proposal call commits to. */
  public static Bytes32 traceRootOf(GameCalls.ProposeOutput p) {
    return io.rampart.models.optimistic.trace.TraceRoots.of(
        io.rampart.crypto.hash.Keccak256.INSTANCE, p.stateRoot(), p.addressRoot());
  }
}
