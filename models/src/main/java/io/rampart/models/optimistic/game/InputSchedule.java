package io.rampart.models.optimistic.game;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.derive.SkippedBatch;
import io.rampart.chain.tx.L2Tx;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derivation's schedule ({@link BlockInputs.Source} per L2 block) read off a {@link DerivedChain}:
 * which posted batches derivation applied (those it did not skip), the block numbers each applied
 * batch declares, and the system transactions each block starts with. Also keeps every posted
 * batch's bytes, which a one-step proof supplies as a preimage. Updated incrementally; starts over
 * when the chain re-derives after a reorg.
 */
public final class InputSchedule {
  private final DerivedChain chain;
  private long generation = -1;
  private int postedSeen;
  private final Map<Long, L1Reader.PostedBatch> posted = new HashMap<>();
  private final Map<Long, long[]> blockSource = new HashMap<>();
  private final List<BlockInputs.Source> sources = new ArrayList<>();

  public InputSchedule(DerivedChain chain) {
    this.chain = chain;
  }

  /** Catches up with L1. */
  public void refresh() {
    chain.sync();
    if (chain.generation() != generation) {
      generation = chain.generation();
      postedSeen = 0;
      posted.clear();
      blockSource.clear();
      sources.clear();
    }
    List<L1Reader.PostedBatch> all = chain.postedBatches();
    if (all.size() > postedSeen) {
      Set<String> skipped = new HashSet<>();
      for (SkippedBatch s : chain.derivation().skipped()) {
        skipped.add(s.l1Block() + ":" + s.itemIndex());
      }
      for (L1Reader.PostedBatch p : all.subList(postedSeen, all.size())) {
        posted.put(p.inboxIndex(), p);
        if (skipped.contains(p.l1Block() + ":" + p.itemIndex())) {
          continue;
        }
        if (BatchCodec.decode(p.data(), chain.config().chainId())
            instanceof BatchDecodeResult.Decoded(Batch b)) {
          for (int k = 0; k < b.blocks().size(); k++) {
            blockSource.put(b.firstBlock() + k, new long[] {p.inboxIndex(), k});
          }
        }
      }
      postedSeen = all.size();
    }
    List<L2Block> blocks = chain.blocks();
    for (int n = sources.size(); n < blocks.size(); n++) {
      sources.add(source(blocks.get(n)));
    }
  }

  private BlockInputs.Source source(L2Block blk) {
    long firstDeposit = -1;
    long firstForced = -1;
    int deposits = 0;
    int forced = 0;
    for (L2Tx tx : blk.txs()) {
      switch (tx) {
        case L2Tx.Deposit d -> {
          firstDeposit = deposits++ == 0 ? d.id() : firstDeposit;
        }
        case L2Tx.Forced f -> {
          firstForced = forced++ == 0 ? f.id() : firstForced;
        }
        case L2Tx.UserTx u -> {}
      }
    }
    long[] from = blockSource.getOrDefault(blk.number(), new long[] {-1, -1});
    return new BlockInputs.Source(
        blk.number(),
        from[0],
        (int) from[1],
        blk.l1Origin(),
        firstDeposit,
        deposits,
        firstForced,
        forced,
        blk.txs().size() - deposits - forced);
  }

  public long blockCount() {
    return sources.size();
  }

  /** The schedule entry of {@code block}, as of the last refresh. */
  public Optional<BlockInputs.Source> source(long block) {
    return block < 0 || block >= sources.size()
        ? Optional.empty()
        : Optional.of(sources.get((int) block));
  }

  /** The data of inbox batch {@code inboxIndex} as a proof supplies it (calldata or blobs). */
  public Optional<InputProof.BatchData> batchData(long inboxIndex) {
    return Optional.ofNullable(posted.get(inboxIndex))
        .map(
            p ->
                p.blobs().isEmpty()
                    ? new InputProof.BatchData.Calldata(p.data())
                    : new InputProof.BatchData.Blobs(p.blobs()));
  }

  /** The bytes of inbox batch {@code inboxIndex}, as posted. */
  public Optional<byte[]> batchBytes(long inboxIndex) {
    return Optional.ofNullable(posted.get(inboxIndex)).map(L1Reader.PostedBatch::data);
  }

  /** The transactions of {@code block} as derived (deposits and forced ones are read from here). */
  public L2Block block(long block) {
    return chain.blocks().get((int) block);
  }

  public DerivedChain chain() {
    return chain;
  }
}
