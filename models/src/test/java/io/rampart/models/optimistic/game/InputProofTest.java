package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-step proof's input proof, on the contract: a game is driven down to a one-step claim at a
 * chosen transaction (a batch transfer, a deposit, a forced transaction, an empty block), then the
 * honest step is accepted and each tampered twin is refused with its {@link InputRejection},
 * leaving the game as it was.
 */
class InputProofTest {
  static GameDriver d;

  @BeforeAll
  static void chain() {
    d = new GameDriver(false);
  }

  @Test
  void batchTransferIsTakenFromThePostedBytes() {
    long[] site = d.transferSite();
    GameDriver.Claim c = d.oneStepClaim(site[0], (int) site[1]);
    var honest = (InputProof.BatchTx) d.prover.input(site[0], (int) site[1]).orElseThrow();
    byte[] bytes = honest.batch();
    long idx = honest.batchIndex();
    int k = honest.blockInBatch();
    // one bit of the posted bytes changed
    byte[] flipped = bytes.clone();
    flipped[flipped.length / 2] ^= 1;
    d.refused(c, new InputProof.BatchTx(idx, k, 0, flipped), InputRejection.BATCH_HASH_MISMATCH);
    // a well-formed batch with one transfer's value changed: not what was posted
    d.refused(
        c,
        new InputProof.BatchTx(idx, k, 0, d.forged(bytes, k)),
        InputRejection.BATCH_HASH_MISMATCH);
    // the transaction index points at another transfer of the same block
    d.refused(c, new InputProof.BatchTx(idx, k, 1, bytes), InputRejection.TX_INDEX_MISMATCH);
    // a transfer the posted block does not have
    int count = d.prover.schedule().source(site[0]).orElseThrow().transfers();
    d.refused(c, new InputProof.BatchTx(idx, k, count, bytes), InputRejection.TX_NOT_IN_BATCH);
    // a wrong batch reference: another posted batch with its real bytes, or one never posted
    long other = idx == 0 ? 1 : idx - 1;
    byte[] otherBytes = d.prover.schedule().batchBytes(other).orElseThrow();
    d.refused(c, new InputProof.BatchTx(other, 0, 0, otherBytes), InputRejection.WRONG_BATCH);
    d.refused(c, new InputProof.BatchTx(idx, k + 1, 0, bytes), InputRejection.WRONG_BATCH);
    d.refused(c, new InputProof.BatchTx(1_000, k, 0, bytes), InputRejection.BATCH_NOT_POSTED);
    // a deposit claimed where the block holds a transfer
    d.refused(
        c, new InputProof.DepositInput(0, d.w.l2Address(0), 1, 1), InputRejection.WRONG_INPUT_KIND);
    d.accepted(c);
  }

  @Test
  void forcedTransactionIsCheckedAgainstTheInboxQueue() {
    long[] site = d.systemSite(false);
    GameDriver.Claim c = d.oneStepClaim(site[0], (int) site[1]);
    var honest = (InputProof.ForcedInput) d.prover.input(site[0], (int) site[1]).orElseThrow();
    byte[] forgedRaw = d.w.signTransfer(2, d.w.l2Address(4), 5);
    d.refused(
        c,
        new InputProof.ForcedInput(honest.id(), honest.l1Block(), honest.deadline(), forgedRaw),
        InputRejection.FORCED_TX_MISMATCH);
    byte[] flipped = honest.raw();
    flipped[flipped.length - 1] ^= 1;
    d.refused(
        c,
        new InputProof.ForcedInput(honest.id(), honest.l1Block(), honest.deadline(), flipped),
        InputRejection.FORCED_TX_MISMATCH);
    d.refused(
        c,
        new InputProof.ForcedInput(
            honest.id() + 1, honest.l1Block(), honest.deadline(), honest.raw()),
        InputRejection.FORCED_INDEX_MISMATCH);
    d.accepted(c);
  }

  @Test
  void depositIsCheckedAgainstTheBridgeRecord() {
    long[] site = d.systemSite(true);
    GameDriver.Claim c = d.oneStepClaim(site[0], (int) site[1]);
    var honest = (InputProof.DepositInput) d.prover.input(site[0], (int) site[1]).orElseThrow();
    d.refused(
        c,
        new InputProof.DepositInput(
            honest.id(), honest.to(), honest.amountGwei() + 1, honest.l1Block()),
        InputRejection.DEPOSIT_MISMATCH);
    d.refused(
        c,
        new InputProof.DepositInput(
            honest.id(), d.w.l2Address(5), honest.amountGwei(), honest.l1Block()),
        InputRejection.DEPOSIT_MISMATCH);
    d.refused(
        c,
        new InputProof.DepositInput(
            honest.id() + 1, honest.to(), honest.amountGwei(), honest.l1Block()),
        InputRejection.DEPOSIT_INDEX_MISMATCH);
    d.refused(
        c,
        new InputProof.BatchTx(0, 0, 0, d.prover.schedule().batchBytes(0).orElseThrow()),
        InputRejection.WRONG_INPUT_KIND);
    d.accepted(c);
  }

  @Test
  void emptyBlockIsShownEmptyByItsPostedBatch() {
    long b = d.truth.blockCount() - 1;
    GameDriver.Claim c = d.claimAt(b, 0, true);
    var honest = (InputProof.EmptyBlock) d.prover.emptyBlock(b).orElseThrow();
    byte[] flipped = honest.batch();
    flipped[flipped.length - 1] ^= 1;
    d.refused(
        c,
        new InputProof.EmptyBlock(honest.batchIndex(), 0, flipped),
        InputRejection.BATCH_HASH_MISMATCH);
    long other = honest.batchIndex() - 1;
    d.refused(
        c,
        new InputProof.EmptyBlock(other, 0, d.prover.schedule().batchBytes(other).orElseThrow()),
        InputRejection.WRONG_BATCH);
    d.refused(
        c,
        new InputProof.BatchTx(honest.batchIndex(), 0, 0, honest.batch()),
        InputRejection.WRONG_INPUT_KIND);
    Receipt r =
        d.exec(
            GameDriver.A,
            d.prover.emptyStep(c.proposal(), c.node().id(), b).orElseThrow(),
            c.node().depth() + 1);
    assertThat(r.succeeded()).as(r.revertReason()).isTrue();
    assertThat(d.last(c.proposal()).kind()).isEqualTo(Node.Kind.STEP);
  }

  @Test
  void aBlockWithTransactionsCannotBeSteppedAsEmpty() {
    long[] site = d.transferSite();
    GameDriver.Claim c = d.claimAt(site[0], 0, true);
    BlockInputs.Source s = d.prover.schedule().source(site[0]).orElseThrow();
    d.refused(
        c,
        new InputProof.EmptyBlock(
            s.batchIndex(),
            s.blockInBatch(),
            d.prover.schedule().batchBytes(s.batchIndex()).orElseThrow()),
        InputRejection.BLOCK_NOT_EMPTY);
  }

  @Test
  void aStepPointingAtUndecodablePostedBytesIsRefusedAsMalformed() {
    long[] site = d.transferSite();
    GameDriver.Claim c = d.oneStepClaim(site[0], (int) site[1]);
    // the sequencer posts bytes that do not decode: derivation skips them, the inbox records them
    byte[] junk = {(byte) 0xba, (byte) 0xd0, 1, 2, 3};
    InputSchedule schedule = d.prover.schedule();
    schedule.refresh();
    int skipped = schedule.chain().derivation().skipped().size();
    d.w.chain.submit(
        TxRequest.call(
            OptimisticWorld.SEQUENCER,
            OptimisticWorld.INBOX,
            new Inbox.PostBatch(junk, 0),
            500_000));
    d.t += 12;
    d.w.chain.produceBlock(d.t);
    schedule.refresh();
    long idx = 0;
    while (!Arrays.equals(schedule.batchBytes(idx).orElseThrow(), junk)) {
      idx++;
    }
    assertThat(schedule.chain().derivation().skipped()).hasSize(skipped + 1);
    assertThat(schedule.blockCount()).isEqualTo(d.truth.blockCount());
    // the step supplies exactly what was posted (the hash matches), but it is no batch
    d.refused(c, new InputProof.BatchTx(idx, 0, 0, junk), InputRejection.BATCH_MALFORMED);
    d.accepted(c);
  }
}
