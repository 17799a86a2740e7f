package io.rampart.models.optimistic.actors;

import io.rampart.chain.state.StateRoots;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.models.optimistic.trace.CorruptTrace;
import io.rampart.models.optimistic.trace.Trace;
import io.rampart.models.optimistic.trace.TraceRoots;
import io.rampart.world.random.DeterministicRandom;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A dishonest proposer's plan: propose an output whose withdrawal tree holds an extra withdrawal to
 * {@code thief}, and argue that the state first went wrong at a random transaction of a random
 * block (drawn when the proposal is made). {@link #source()} gives the matching trace, so the
 * proposer defends its proposal consistently.
 */
public final class Forgery implements Function<ChainTrace.Output, GameCalls.ProposeOutput> {
  private final Supplier<ChainTrace> truth;
  private final DeterministicRandom random;
  private final Address thief;
  private final long amountGwei;
  private CorruptTrace corrupt;
  private ChainTrace.Forged forged;
  private long badBlock = -1;
  private int badTx = -1;

  public Forgery(
      Supplier<ChainTrace> truth, DeterministicRandom random, Address thief, long amountGwei) {
    this.truth = truth;
    this.random = random;
    this.thief = thief;
    this.amountGwei = amountGwei;
  }

  @Override
  public GameCalls.ProposeOutput apply(ChainTrace.Output out) {
    ChainTrace t = truth.get();
    do {
      badBlock = random.nextLong(out.block() + 1);
    } while (t.txCount(badBlock) == 0);
    badTx = (int) random.nextLong(t.txCount(badBlock));
    forged = t.forgeWithdrawal(out.block(), thief, amountGwei);
    Bytes32 state =
        StateRoots.stateRoot(
            t.config().hasher(), out.accountRoot(), out.nextIndex(), forged.withdrawalRoot());
    Bytes32 top = TraceRoots.of(t.config().hasher(), state, out.addressRoot());
    corrupt = new CorruptTrace(t, badBlock, badTx, 0xbad, out.block() + 1, top);
    return new GameCalls.ProposeOutput(
        out.block(),
        state,
        forged.withdrawalRoot(),
        out.accountRoot(),
        out.nextIndex(),
        out.addressRoot(),
        -1);
  }

  public long badBlock() {
    return badBlock;
  }

  public int badTx() {
    return badTx;
  }

  public Optional<ChainTrace.Forged> forged() {
    return Optional.ofNullable(forged);
  }

  /** The forger's trace: true until it has proposed, then the corrupt one. */
  public TraceSource source() {
    return new TraceSource() {
      @Override
      public long refresh() {
        return truth.get().blockCount();
      }

      @Override
      public Trace trace() {
        return corrupt != null ? corrupt : truth.get();
      }

      @Override
      public Optional<ChainTrace> stepper() {
        return Optional.empty();
      }
    };
  }
}
