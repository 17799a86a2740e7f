package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.exec.Revert;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The input checks that derivation's own schedule always passes, because it is read off the same
 * records the contract reads: each is shown to refuse the honest input proof when the schedule
 * disagrees with what L1 stored (docs/optimistic.md, "What the contract trusts"). The check runs as
 * the game would run it, in a read-only call on the embedded L1; the same proof against the true
 * schedule entry is accepted.
 */
class InputCheckScheduleTest {
  static GameDriver d;
  static BlockInputs inputs;

  @BeforeAll
  static void chain() {
    d = new GameDriver(false);
    inputs = new DerivedInputs(d.prover.schedule().chain());
  }

  @Test
  void aDepositTheBridgeNeverRecordedIsRefused() {
    long[] site = d.systemSite(true);
    BlockInputs.Source s = source(site[0]);
    var honest = (InputProof.DepositInput) d.prover.input(site[0], (int) site[1]).orElseThrow();
    assertThat(check(s, site[1], honest)).isNull();
    long unrecorded = 1_000_000;
    BlockInputs.Source lie =
        new BlockInputs.Source(
            s.number(),
            s.batchIndex(),
            s.blockInBatch(),
            s.l1Origin(),
            unrecorded - site[1],
            s.deposits(),
            s.firstForced(),
            s.forced(),
            s.transfers());
    var proof =
        new InputProof.DepositInput(unrecorded, honest.to(), honest.amountGwei(), honest.l1Block());
    assertThat(check(lie, site[1], proof)).isEqualTo(InputRejection.DEPOSIT_NOT_RECORDED.name());
  }

  @Test
  void aDepositScheduledBeforeItsL1BlockIsRefused() {
    long[] site = d.systemSite(true);
    BlockInputs.Source s = source(site[0]);
    var honest = (InputProof.DepositInput) d.prover.input(site[0], (int) site[1]).orElseThrow();
    BlockInputs.Source early =
        new BlockInputs.Source(
            s.number(),
            s.batchIndex(),
            s.blockInBatch(),
            honest.l1Block() - 1,
            s.firstDeposit(),
            s.deposits(),
            s.firstForced(),
            s.forced(),
            s.transfers());
    assertThat(check(early, site[1], honest)).isEqualTo(InputRejection.DEPOSIT_NOT_DUE.name());
  }

  @Test
  void aForcedTransactionTheInboxNeverQueuedIsRefused() {
    long[] site = d.systemSite(false);
    BlockInputs.Source s = source(site[0]);
    var honest = (InputProof.ForcedInput) d.prover.input(site[0], (int) site[1]).orElseThrow();
    assertThat(check(s, site[1], honest)).isNull();
    long unqueued = 1_000_000;
    long offset = site[1] - s.deposits();
    BlockInputs.Source lie =
        new BlockInputs.Source(
            s.number(),
            s.batchIndex(),
            s.blockInBatch(),
            s.l1Origin(),
            s.firstDeposit(),
            s.deposits(),
            unqueued - offset,
            s.forced(),
            s.transfers());
    var proof =
        new InputProof.ForcedInput(unqueued, honest.l1Block(), honest.deadline(), honest.raw());
    assertThat(check(lie, site[1], proof)).isEqualTo(InputRejection.FORCED_NOT_QUEUED.name());
  }

  @Test
  void aBatchBlockScheduledAtAnotherHeightIsRefused() {
    long[] site = d.transferSite();
    BlockInputs.Source s = source(site[0]);
    var honest = (InputProof.BatchTx) d.prover.input(site[0], (int) site[1]).orElseThrow();
    assertThat(check(s, site[1], honest)).isNull();
    BlockInputs.Source shifted =
        new BlockInputs.Source(
            s.number() + 1,
            s.batchIndex(),
            s.blockInBatch(),
            s.l1Origin(),
            s.firstDeposit(),
            s.deposits(),
            s.firstForced(),
            s.forced(),
            s.transfers());
    assertThat(check(shifted, site[1], honest)).isEqualTo(InputRejection.BLOCK_NOT_IN_BATCH.name());
    // a block index past the batch's blocks, named by both the schedule and the proof
    BlockInputs.Source past =
        new BlockInputs.Source(
            s.number(),
            s.batchIndex(),
            10_000,
            s.l1Origin(),
            s.firstDeposit(),
            s.deposits(),
            s.firstForced(),
            s.forced(),
            s.transfers());
    var pastProof =
        new InputProof.BatchTx(honest.batchIndex(), 10_000, honest.txInBlock(), honest.data());
    assertThat(check(past, site[1], pastProof)).isEqualTo(InputRejection.BLOCK_NOT_IN_BATCH.name());
  }

  @Test
  void aTransferCountOtherThanThePostedBlocksIsRefused() {
    long[] site = d.transferSite();
    BlockInputs.Source s = source(site[0]);
    var honest = (InputProof.BatchTx) d.prover.input(site[0], (int) site[1]).orElseThrow();
    BlockInputs.Source more =
        new BlockInputs.Source(
            s.number(),
            s.batchIndex(),
            s.blockInBatch(),
            s.l1Origin(),
            s.firstDeposit(),
            s.deposits(),
            s.firstForced(),
            s.forced(),
            s.transfers() + 1);
    assertThat(check(more, site[1], honest)).isEqualTo(InputRejection.SCHEDULE_MISMATCH.name());
  }

  private static BlockInputs.Source source(long block) {
    return d.prover.schedule().source(block).orElseThrow();
  }

  /** The revert reason of the contract's check, or null when it accepts the input. */
  private static String check(BlockInputs.Source src, long position, InputProof proof) {
    return d.w.chain.view(
        OptimisticWorld.GAME,
        ctx -> {
          try {
            InputCheck.atPosition(ctx, OptimisticWorld.CHAIN_ID, inputs, src, position, proof);
            return null;
          } catch (Revert r) {
            return r.reason();
          }
        });
  }
}
