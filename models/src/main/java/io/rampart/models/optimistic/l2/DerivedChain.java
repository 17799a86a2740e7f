package io.rampart.models.optimistic.l2;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.derive.Derivation;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Chain;
import java.util.ArrayList;
import java.util.List;

/**
 * The L2 chain as derived from L1 data alone: it reads canonical L1 blocks in order and feeds them
 * to the chain's {@link Derivation}. If the L1 block it last read is no longer canonical (a reorg),
 * it derives again from genesis. Reading the chain object plays the part of an L1 RPC (and of a
 * beacon node serving blobs: an L1 block whose blob batch data is not served stops derivation there
 * until it is).
 */
public final class DerivedChain {
  private final ChainConfig cfg;
  private final Ecdsa ecdsa;
  private final L1Chain l1;
  private final L1Reader reader;
  private Derivation derivation;
  private long cursor;
  private Bytes32 cursorHash;
  private final List<L1Reader.PostedBatch> posted = new ArrayList<>();
  private long generation;

  public DerivedChain(ChainConfig cfg, Ecdsa ecdsa, L1Chain l1, L1Reader reader) {
    this.cfg = cfg;
    this.ecdsa = ecdsa;
    this.l1 = l1;
    this.reader = reader;
    reset();
  }

  private void reset() {
    derivation = new Derivation(cfg, ecdsa);
    posted.clear();
    generation++;
    cursor = 0;
    cursorHash = l1.blockHash(0).orElseThrow();
  }

  /** Reads every canonical L1 block up to {@code upTo} (capped at the head). */
  public void syncTo(long upTo) {
    if (!l1.blockHash(cursor).map(cursorHash::equals).orElse(false)) {
      reset();
    }
    long end = Math.min(upTo, l1.head().number());
    for (long n = cursor + 1; n <= end; n++) {
      Block b = l1.block(n).orElseThrow(() -> new IllegalStateException("L1 block pruned"));
      L1Reader.Read read = reader.readWithBatches(b, l1::blob);
      if (!read.complete()) {
        return; // a blob batch's data is not served: wait for it rather than derive without it
      }
      posted.addAll(read.batches());
      derivation.onL1Block(read.block());
      cursor = n;
      cursorHash = b.hash();
    }
  }

  public void sync() {
    syncTo(l1.head().number());
  }

  /** The L1 block read last. */
  public long l1Cursor() {
    return cursor;
  }

  public List<L2Block> blocks() {
    return derivation.blocks();
  }

  /** Every batch read from the inbox so far, applied or skipped, in L1 order. */
  public List<L1Reader.PostedBatch> postedBatches() {
    return List.copyOf(posted);
  }

  /** Changes each time derivation restarts from genesis (after a reorg). */
  public long generation() {
    return generation;
  }

  public L1Reader reader() {
    return reader;
  }

  public Derivation derivation() {
    return derivation;
  }

  public ChainConfig config() {
    return cfg;
  }

  public Ecdsa ecdsa() {
    return ecdsa;
  }
}
