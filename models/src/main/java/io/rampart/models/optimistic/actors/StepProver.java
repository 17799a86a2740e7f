package io.rampart.models.optimistic.actors;

import io.rampart.chain.tx.L2Tx;
import io.rampart.models.optimistic.game.BlockInputs;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.game.InputProof;
import io.rampart.models.optimistic.game.InputSchedule;
import io.rampart.models.optimistic.trace.ChainTrace;
import java.util.Optional;

/**
 * Builds one-step proofs from a party's own derivation of L1 data: the witness from its true trace,
 * the input proof from the batches, deposits and forced transactions it read on L1.
 */
public final class StepProver {
  private final ChainTrace trace;
  private final InputSchedule schedule;

  public StepProver(ChainTrace trace, InputSchedule schedule) {
    this.trace = trace;
    this.schedule = schedule;
  }

  /** Where transaction {@code position} of L2 block {@code block} comes from. */
  public Optional<InputProof> input(long block, int position) {
    Optional<BlockInputs.Source> found = schedule.source(block);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BlockInputs.Source src = found.get();
    if (position < src.systemCount()) {
      return Optional.of(
          switch (schedule.block(block).txs().get(position)) {
            case L2Tx.Deposit d ->
                new InputProof.DepositInput(d.id(), d.to(), d.amountGwei(), d.l1Block());
            case L2Tx.Forced f ->
                new InputProof.ForcedInput(f.id(), f.l1Block(), f.deadline(), f.raw());
            case L2Tx.UserTx u ->
                throw new IllegalStateException("user transaction before system ones");
          });
    }
    return schedule
        .batchData(src.batchIndex())
        .map(
            data ->
                new InputProof.BatchTx(
                    src.batchIndex(), src.blockInBatch(), position - src.systemCount(), data));
  }

  /** The proof that {@code block} is empty: its batch's bytes. */
  public Optional<InputProof> emptyBlock(long block) {
    return schedule
        .source(block)
        .flatMap(
            src ->
                schedule
                    .batchData(src.batchIndex())
                    .map(d -> new InputProof.EmptyBlock(src.batchIndex(), src.blockInBatch(), d)));
  }

  /**
   * A step against one-step claim {@code target} at transaction {@code position} of {@code block}.
   */
  public Optional<GameCalls.Step> step(long proposal, long target, long block, int position) {
    return input(block, position)
        .map(
            in ->
                new GameCalls.Step(
                    proposal, target, in, trace.stepInput(block, position).witness()));
  }

  /** A block-level step against {@code target} over the empty block {@code block}. */
  public Optional<GameCalls.Step> emptyStep(long proposal, long target, long block) {
    return emptyBlock(block).map(in -> new GameCalls.Step(proposal, target, in, null));
  }

  public ChainTrace trace() {
    return trace;
  }

  public InputSchedule schedule() {
    return schedule;
  }
}
