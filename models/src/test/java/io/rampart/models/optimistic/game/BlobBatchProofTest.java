package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.chain.Blob;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sequencer that posts its batches in blobs: derivation reads them from the L1's blob store (and
 * waits while a blob is withheld), and a one-step proof supplies the blobs' data, checked against
 * the versioned hashes the inbox recorded.
 */
class BlobBatchProofTest {
  static GameDriver d;

  @BeforeAll
  static void chain() {
    d = new GameDriver(true);
  }

  @Test
  void transferIsProvedFromTheBlobsItWasPostedIn() {
    long[] site = d.transferSite();
    var honest = (InputProof.BatchTx) d.prover.input(site[0], (int) site[1]).orElseThrow();
    assertThat(honest.data()).isInstanceOf(InputProof.BatchData.Blobs.class);
    GameDriver.Claim c = d.oneStepClaim(site[0], (int) site[1]);
    long idx = honest.batchIndex();
    int k = honest.blockInBatch();
    int tx = honest.txInBlock();
    List<byte[]> blobs = ((InputProof.BatchData.Blobs) honest.data()).blobs();
    List<byte[]> flipped = new ArrayList<>(blobs);
    byte[] first = flipped.get(0).clone();
    first[first.length / 2] ^= 1;
    flipped.set(0, first);
    // one bit of a blob changed: its versioned hash is not among those the inbox recorded
    d.refused(
        c,
        new InputProof.BatchTx(idx, k, tx, new InputProof.BatchData.Blobs(flipped)),
        InputRejection.BATCH_HASH_MISMATCH);
    // the blobs' bytes presented as a calldata batch: the inbox recorded none at that index
    d.refused(
        c, new InputProof.BatchTx(idx, k, tx, honest.batch()), InputRejection.BATCH_HASH_MISMATCH);
    // the right blobs, another transfer
    d.refused(
        c, new InputProof.BatchTx(idx, k, tx + 1, honest.data()), InputRejection.TX_INDEX_MISMATCH);
    d.accepted(c);
  }

  @Test
  void derivationWaitsForAWithheldBlobInsteadOfSkippingIt() {
    DerivedChain reference = d.prover.schedule().chain();
    L1Reader.PostedBatch blobBatch =
        reference.postedBatches().stream()
            .filter(p -> !p.blobs().isEmpty())
            .findFirst()
            .orElseThrow();
    var hash = new Blob(blobBatch.blobs().get(0)).versionedHash();
    d.w.chain.withhold(hash);
    DerivedChain fresh = new DerivedChain(d.w.cfg, d.w.ecdsa, d.w.chain, d.w.reader);
    fresh.sync();
    assertThat(fresh.l1Cursor()).isEqualTo(blobBatch.l1Block() - 1);
    d.w.chain.release(hash);
    fresh.sync();
    assertThat(fresh.l1Cursor()).isEqualTo(d.w.chain.head().number());
    assertThat(fresh.blocks()).isEqualTo(reference.blocks());
  }
}
