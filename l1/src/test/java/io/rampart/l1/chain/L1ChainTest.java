package io.rampart.l1.chain;

import static io.rampart.l1.L1TestKit.ALICE;
import static io.rampart.l1.L1TestKit.BOB;
import static io.rampart.l1.L1TestKit.BRIDGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.L1TestKit;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Fork;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class L1ChainTest {
  private static final Address NOBODY = Address.named("nobody");

  private static TxRequest deposit(Address from, long gwei) {
    return TxRequest.call(from, BRIDGE, new Bridge.Deposit(from), 100_000)
        .withValue(Wei.ofGwei(gwei));
  }

  @Test
  void refusesBadTransactionsWithAReasonAndQueuesNothing() {
    L1TestKit kit = new L1TestKit();
    assertThat(kit.chain.submit(TxRequest.call(ALICE, BRIDGE, new Bridge.Deposit(ALICE), 21_000)))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.GAS_LIMIT_BELOW_INTRINSIC));
    assertThat(
            kit.chain.submit(TxRequest.call(ALICE, BRIDGE, new Bridge.Deposit(ALICE), 50_000_000)))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.GAS_LIMIT_ABOVE_BLOCK_LIMIT));
    assertThat(kit.chain.submit(TxRequest.transfer(NOBODY, ALICE, Wei.of(1))))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.INSUFFICIENT_FUNDS));
    List<Blob> tooMany = new ArrayList<>();
    for (int i = 0; i < Fork.PECTRA.maxBlobs() + 1; i++) {
      tooMany.add(new Blob(new byte[] {(byte) i}));
    }
    assertThat(
            kit.chain.submit(
                TxRequest.call(
                        L1TestKit.SEQUENCER, L1TestKit.INBOX, new Inbox.PostBlobBatch(0), 100_000)
                    .withBlobs(tooMany)))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.TOO_MANY_BLOBS));
    assertThat(kit.chain.pendingCount()).isZero();
  }

  @Test
  void revertedCallChangesNothingButPaysItsGas() {
    L1TestKit kit = new L1TestKit();
    Wei before = kit.chain.balance(BOB);
    Receipt r =
        kit.execute(
            TxRequest.call(BOB, L1TestKit.INBOX, new Inbox.PostBatch(new byte[] {1}, 0), 100_000)
                .withValue(Wei.ofGwei(7)));
    assertThat(r.status()).isEqualTo(Receipt.Status.REVERTED);
    assertThat(r.revertReason()).isEqualTo("NOT_PAYABLE");
    assertThat(kit.chain.balance(BOB)).isEqualTo(before.minus(r.fee()));
    assertThat(kit.chain.balance(L1TestKit.INBOX)).isEqualTo(Wei.ZERO);
    assertThat(kit.chain.nonce(BOB)).isEqualTo(1);
    Receipt notSeq =
        kit.execute(
            TxRequest.call(BOB, L1TestKit.INBOX, new Inbox.PostBatch(new byte[] {1}, 0), 100_000));
    assertThat(notSeq.revertReason()).isEqualTo("NOT_SEQUENCER");
  }

  @Test
  void reorgWithTheSameTransactionsRestoresTheSameStateUnderNewHashes() {
    L1TestKit kit = new L1TestKit();
    for (int i = 1; i <= 5; i++) {
      kit.chain.submit(deposit(ALICE, i));
      kit.chain.submit(deposit(BOB, 10 * i));
      kit.nextBlock();
    }
    Wei alice = kit.chain.balance(ALICE);
    Wei bridge = kit.chain.balance(BRIDGE);
    Bytes32 oldHead = kit.chain.head().hash();
    List<Block> seen = new ArrayList<>();
    long[] rolledTo = {-1};
    kit.chain.addListener(
        new ChainListener() {
          @Override
          public void onBlock(Block block) {
            seen.add(block);
          }

          @Override
          public void onRollback(long forkPoint, List<Block> orphaned) {
            rolledTo[0] = forkPoint;
          }

          @Override
          public void onFinalized(long number) {}
        });
    ReorgResult r = kit.chain.reorg(3, ReorgPlan.sameTransactions());
    assertThat(r).isInstanceOf(ReorgResult.Reorged.class);
    assertThat(rolledTo[0]).isEqualTo(2);
    assertThat(seen).extracting(Block::number).containsExactly(3L, 4L, 5L);
    assertThat(kit.chain.head().hash()).isNotEqualTo(oldHead);
    assertThat(kit.chain.head().timestamp()).isEqualTo(60);
    assertThat(kit.chain.balance(ALICE)).isEqualTo(alice);
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(bridge);
    assertThat(kit.chain.pendingCount()).isZero();
    assertThat(kit.chain.state().totalSupply()).isEqualTo(kit.chain.minted());
  }

  @Test
  void droppingATransactionUndoesItsEffects() {
    L1TestKit kit = new L1TestKit();
    kit.nextBlock();
    Wei escrow = kit.chain.balance(BRIDGE);
    Bytes32 h = ((SubmitResult.Accepted) kit.chain.submit(deposit(BOB, 5))).tx().hash();
    kit.nextBlock();
    kit.nextBlock();
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow.plus(Wei.ofGwei(5)));
    kit.chain.reorg(2, ReorgPlan.discarding(Set.of(h)));
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow);
    assertThat(kit.chain.receipt(h)).isEmpty();
    assertThat(kit.chain.nonce(BOB)).isZero();
  }

  /**
   * Discarding a transaction leaves its sender's later ones (orphaned or still pending) behind a
   * nonce gap: they are gone too, and the sender's next submission reuses the freed nonce.
   */
  @Test
  void discardingATransactionAlsoDiscardsItsSendersLaterOnesAndTheSenderCanGoOn() {
    L1TestKit kit = new L1TestKit();
    kit.nextBlock();
    Wei escrow = kit.chain.balance(BRIDGE);
    Bytes32 first = ((SubmitResult.Accepted) kit.chain.submit(deposit(BOB, 5))).tx().hash();
    kit.nextBlock();
    kit.chain.submit(deposit(BOB, 6));
    kit.nextBlock();
    kit.chain.submit(deposit(BOB, 7)); // still pending at the reorg
    assertThat(kit.chain.nonce(BOB)).isEqualTo(2);
    assertThat(kit.chain.reorg(2, ReorgPlan.discarding(Set.of(first))))
        .isInstanceOf(ReorgResult.Reorged.class);
    assertThat(kit.chain.nonce(BOB)).isZero();
    assertThat(kit.chain.pendingCount()).isZero();
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow);
    SubmitResult.Accepted again = (SubmitResult.Accepted) kit.chain.submit(deposit(BOB, 8));
    assertThat(again.tx().nonce()).isZero();
    kit.nextBlock();
    assertThat(kit.chain.receipt(again.tx().hash()).orElseThrow().succeeded()).isTrue();
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow.plus(Wei.ofGwei(8)));
    assertThat(kit.chain.nonce(BOB)).isEqualTo(1);
    assertThat(kit.chain.state().totalSupply()).isEqualTo(kit.chain.minted());
  }

  /** Dropping with return to the pool keeps the successors: all are included again, in order. */
  @Test
  void droppedTransactionAndItsSuccessorsReturnToThePool() {
    L1TestKit kit = new L1TestKit();
    kit.nextBlock();
    Wei escrow = kit.chain.balance(BRIDGE);
    Bytes32 first = ((SubmitResult.Accepted) kit.chain.submit(deposit(BOB, 5))).tx().hash();
    kit.nextBlock();
    kit.chain.submit(deposit(BOB, 6));
    kit.nextBlock();
    kit.chain.reorg(2, ReorgPlan.dropping(Set.of(first)));
    assertThat(kit.chain.pendingCount()).isEqualTo(2);
    kit.nextBlock();
    assertThat(kit.chain.pendingCount()).isZero();
    assertThat(kit.chain.nonce(BOB)).isEqualTo(2);
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow.plus(Wei.ofGwei(11)));
  }

  @Test
  void finalityBoundsReorgs() {
    L1Config cfg = L1Config.defaults().withFinality(4, 4);
    L1TestKit kit = new L1TestKit(cfg, 60);
    for (int i = 0; i < 10; i++) {
      kit.nextBlock();
    }
    assertThat(kit.chain.finalizedNumber()).isEqualTo(6);
    assertThat(kit.chain.isFinal(6)).isTrue();
    assertThat(kit.chain.isFinal(7)).isFalse();
    assertThat(kit.chain.reorg(5, ReorgPlan.sameTransactions()))
        .isInstanceOf(ReorgResult.Refused.class);
    assertThat(kit.chain.reorg(0, ReorgPlan.sameTransactions()))
        .isInstanceOf(ReorgResult.Refused.class);
    assertThat(kit.chain.reorg(4, ReorgPlan.sameTransactions()))
        .isInstanceOf(ReorgResult.Reorged.class);
    assertThat(kit.chain.finalizedNumber()).isEqualTo(6);
    L1TestKit young = new L1TestKit(cfg, 60);
    young.nextBlock();
    young.nextBlock();
    assertThat(young.chain.reorg(3, ReorgPlan.sameTransactions()))
        .as("genesis cannot be replaced")
        .isInstanceOf(ReorgResult.Refused.class);
  }

  @Test
  void censoredTransactionWaitsInThePoolUntilTheCensorStops() {
    L1TestKit kit = new L1TestKit();
    InclusionFilter censor = (tx, n, t) -> !tx.from().equals(BOB);
    kit.chain.addInclusionFilter(censor);
    Bytes32 h = ((SubmitResult.Accepted) kit.chain.submit(deposit(BOB, 1))).tx().hash();
    kit.chain.submit(deposit(ALICE, 1));
    kit.nextBlock();
    kit.nextBlock();
    assertThat(kit.chain.receipt(h)).isEmpty();
    assertThat(kit.chain.pendingCount()).isEqualTo(1);
    kit.chain.removeInclusionFilter(censor);
    kit.nextBlock();
    assertThat(kit.chain.receipt(h).orElseThrow().blockNumber()).isEqualTo(3);
  }

  @Test
  void blobDataCanBeWithheldAndIsPrunedWithOldHistory() {
    L1Config cfg = L1Config.defaults().withFinality(2, 2).withRetainBlocks(4);
    L1TestKit kit = new L1TestKit(cfg, 60);
    Blob blob = new Blob(new byte[] {1, 2, 3});
    kit.execute(
        TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.INBOX, new Inbox.PostBlobBatch(0), 100_000)
            .withBlobs(List.of(blob)));
    assertThat(kit.chain.blob(blob.versionedHash()))
        .isInstanceOfSatisfying(
            BlobLookup.Available.class, a -> assertThat(a.data()).containsExactly(1, 2, 3));
    kit.chain.withhold(blob.versionedHash());
    assertThat(kit.chain.blob(blob.versionedHash())).isInstanceOf(BlobLookup.Withheld.class);
    kit.chain.release(blob.versionedHash());
    assertThat(kit.chain.blob(blob.versionedHash())).isInstanceOf(BlobLookup.Available.class);
    for (int i = 0; i < 6; i++) {
      kit.nextBlock();
    }
    assertThat(kit.chain.blob(blob.versionedHash())).isInstanceOf(BlobLookup.Unknown.class);
    assertThat(kit.chain.block(1)).isEmpty();
    assertThat(kit.chain.blockHash(1)).isPresent();
  }

  private static TxRequest blobPost(Blob blob) {
    return TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.INBOX, new Inbox.PostBlobBatch(0), 100_000)
        .withBlobs(List.of(blob));
  }

  @Test
  void aReorgForgetsTheDataOfBlobTransactionsItLeavesOutAndKeepsTheRest() {
    L1TestKit kit = new L1TestKit();
    Blob kept = new Blob(new byte[] {4, 5});
    Blob gone = new Blob(new byte[] {6, 7});
    kit.execute(blobPost(kept));
    Bytes32 h = ((SubmitResult.Accepted) kit.chain.submit(blobPost(gone))).tx().hash();
    kit.nextBlock();
    kit.chain.withhold(kept.versionedHash());
    assertThat(kit.chain.blob(gone.versionedHash())).isInstanceOf(BlobLookup.Available.class);
    assertThat(kit.chain.reorg(2, ReorgPlan.discarding(Set.of(h))))
        .isInstanceOf(ReorgResult.Reorged.class);
    assertThat(kit.chain.blob(gone.versionedHash())).isInstanceOf(BlobLookup.Unknown.class);
    assertThat(kit.chain.blob(kept.versionedHash())).isInstanceOf(BlobLookup.Withheld.class);
    kit.chain.release(kept.versionedHash());
    assertThat(kit.chain.blob(kept.versionedHash())).isInstanceOf(BlobLookup.Available.class);
  }

  @Test
  void pruningAnOldCopyOfBlobDataKeepsANewerCopyOfTheSameData() {
    L1Config cfg = L1Config.defaults().withFinality(2, 2).withRetainBlocks(4);
    L1TestKit kit = new L1TestKit(cfg, 60);
    Blob first = new Blob(new byte[] {1, 2, 3});
    Blob again = new Blob(new byte[] {1, 2, 3});
    kit.execute(blobPost(first)); // block 1
    kit.nextBlock();
    kit.nextBlock();
    kit.execute(blobPost(again)); // block 4
    while (kit.chain.block(1).isPresent()) {
      kit.nextBlock();
    }
    assertThat(kit.chain.block(4)).isPresent();
    assertThat(kit.chain.blob(again.versionedHash()))
        .isInstanceOfSatisfying(
            BlobLookup.Available.class, a -> assertThat(a.data()).containsExactly(1, 2, 3));
    while (kit.chain.block(4).isPresent()) {
      kit.nextBlock();
    }
    assertThat(kit.chain.blob(again.versionedHash())).isInstanceOf(BlobLookup.Unknown.class);
  }

  /** Osaka limits (BPO2 here): 6 blobs per transaction (EIP-7594), 2^24 gas (EIP-7825). */
  @Test
  void osakaPerTransactionLimits() {
    L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(Fork.BPO2), 60);
    List<Blob> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(new Blob(new byte[] {(byte) i}));
    }
    TxRequest blobs =
        TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.INBOX, new Inbox.PostBlobBatch(0), 100_000);
    assertThat(kit.chain.submit(blobs.withBlobs(seven)))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.TOO_MANY_BLOBS));
    assertThat(kit.chain.submit(blobs.withBlobs(seven.subList(0, 6))))
        .isInstanceOf(SubmitResult.Accepted.class);
    assertThat(
            kit.chain.submit(
                TxRequest.call(ALICE, BRIDGE, new Bridge.Deposit(ALICE), (1L << 24) + 1)))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SubmitResult.Reason.GAS_LIMIT_ABOVE_TX_CAP));
    L1TestKit pectra = new L1TestKit(L1Config.defaults().withFork(Fork.PECTRA), 60);
    assertThat(pectra.chain.submit(blobs.withBlobs(seven)))
        .isInstanceOf(SubmitResult.Accepted.class);
  }

  @Test
  void plainEtherToAContractReverts() {
    L1TestKit kit = new L1TestKit();
    Receipt r = kit.execute(TxRequest.transfer(ALICE, BRIDGE, Wei.ofGwei(1)));
    assertThat(r.revertReason()).isEqualTo("NO_RECEIVE");
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(Wei.ZERO);
  }
}
