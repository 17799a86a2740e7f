package io.rampart.chain.derive;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.batch.FeeTemplate;
import io.rampart.chain.batch.Materializer;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.StateView;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxOutcome;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the L2 chain from ordered L1 data; every node that feeds the same L1 blocks gets the same
 * blocks and roots. The rules (docs/chain.md, "Derivation"):
 *
 * <ol>
 *   <li>Deposits and forced transactions are queued as they appear on L1.
 *   <li>A batch posted in L1 block {@code P} is applied only if it decodes, its first block is the
 *       next L2 block number, every block's timestamp and L1 origin are at least the previous
 *       block's, every origin is at most {@code P}, and every transfer in it is valid under the
 *       state transition at its place. Otherwise the whole batch is skipped and changes nothing.
 *   <li>Each applied block starts with the system transactions due at its origin ({@link
 *       SystemQueue}).
 *   <li>After all items of L1 block {@code N}, if a forced transaction with deadline at most {@code
 *       N} is still pending, derivation appends a block with origin {@code N}, the previous
 *       timestamp and only the due system transactions.
 * </ol>
 */
public final class Derivation {
  private final ChainConfig cfg;
  private final Ecdsa ecdsa;
  private final WorldState world;
  private SystemQueue queue = new SystemQueue();
  private final List<L2Block> blocks = new ArrayList<>();
  private final List<SkippedBatch> skipped = new ArrayList<>();
  private long nextBlock;
  private long lastTimestamp;
  private long lastOrigin;

  public Derivation(ChainConfig cfg, Ecdsa ecdsa) {
    this.cfg = cfg;
    this.ecdsa = ecdsa;
    this.world = new WorldState(cfg.hasher());
  }

  public WorldState world() {
    return world;
  }

  public List<L2Block> blocks() {
    return List.copyOf(blocks);
  }

  public List<SkippedBatch> skipped() {
    return List.copyOf(skipped);
  }

  public void onL1Block(L1Block l1) {
    List<L1Item> items = l1.items();
    for (int i = 0; i < items.size(); i++) {
      switch (items.get(i)) {
        case L1Item.DepositMade(L2Tx.Deposit d) -> queue.add(d);
        case L1Item.ForcedSubmitted(L2Tx.Forced f) -> queue.add(f);
        case L1Item.BatchPosted p -> {
          String why = tryBatch(p.data(), l1.number());
          if (why != null) {
            skipped.add(new SkippedBatch(l1.number(), i, why));
          }
        }
      }
    }
    if (queue.forcedDueBy(l1.number())) {
      BlockBuilder b = new BlockBuilder(cfg, world, ecdsa);
      for (L2Tx sys : queue.takeDue(l1.number())) {
        b.add(sys);
      }
      commit(List.of(new Pending(b, lastTimestamp, l1.number())));
    }
  }

  private record Pending(BlockBuilder builder, long timestamp, long origin) {}

  /** Applies the batch, or returns why it is skipped (and changes nothing). */
  private String tryBatch(byte[] data, long postedAt) {
    Batch batch;
    switch (BatchCodec.decode(data, cfg.chainId())) {
      case BatchDecodeResult.Malformed(var e) -> {
        return "malformed: " + e.kind() + ": " + e.detail();
      }
      case BatchDecodeResult.Decoded(Batch b) -> batch = b;
    }
    if (batch.firstBlock() != nextBlock) {
      return "first block " + batch.firstBlock() + ", expected " + nextBlock;
    }
    SystemQueue q = queue.copy();
    List<Pending> pending = new ArrayList<>();
    StateView view = world;
    long ts = lastTimestamp;
    long origin = lastOrigin;
    for (int k = 0; k < batch.blocks().size(); k++) {
      Batch.Block blk = batch.blocks().get(k);
      String where = "block " + (nextBlock + k);
      if (blk.timestamp() < ts) {
        return where + ": timestamp " + blk.timestamp() + " before " + ts;
      }
      if (blk.l1Origin() < origin || blk.l1Origin() > postedAt) {
        return where
            + ": l1 origin "
            + blk.l1Origin()
            + " outside ["
            + origin
            + ", "
            + postedAt
            + "]";
      }
      BlockBuilder b = new BlockBuilder(cfg, view, ecdsa);
      for (L2Tx sys : q.takeDue(blk.l1Origin())) {
        b.add(sys);
      }
      for (int i = 0; i < blk.txs().size(); i++) {
        String why = addTransfer(b, batch.templates(), blk.txs().get(i));
        if (why != null) {
          return where + " tx " + i + ": " + why;
        }
      }
      pending.add(new Pending(b, blk.timestamp(), blk.l1Origin()));
      view = b.state();
      ts = blk.timestamp();
      origin = blk.l1Origin();
    }
    queue = q;
    commit(pending);
    return null;
  }

  private String addTransfer(BlockBuilder b, List<FeeTemplate> templates, CompactTx c) {
    StateView s = b.state();
    if (c.fromIndex() >= s.nextIndex()) {
      return "sender index " + c.fromIndex() + " does not exist";
    }
    var sender = s.account(c.fromIndex());
    Address to;
    switch (c.to()) {
      case CompactTx.Recipient.Index(int i) -> {
        if (i >= s.nextIndex()) {
          return "recipient index " + i + " does not exist";
        }
        to = s.account(i).address();
      }
      case CompactTx.Recipient.Literal(Address a) -> to = a;
      case CompactTx.Recipient.Withdrawal w -> to = ChainConfig.WITHDRAWAL_ADDRESS;
    }
    Checked checked =
        Materializer.rebuild(
            cfg, c, templates.get(c.template()), sender.address(), sender.nonce(), to, ecdsa);
    return switch (checked) {
      case Checked.Refused(var r) -> r.message();
      case Checked.Ok(L2Tx.UserTx u) ->
          b.add(u) instanceof TxOutcome.Invalid(var r) ? r.message() : null;
    };
  }

  private void commit(List<Pending> pending) {
    for (Pending p : pending) {
      var root = world.apply(p.builder().diff());
      blocks.add(
          new L2Block(
              nextBlock++,
              p.timestamp(),
              p.origin(),
              p.builder().txs(),
              p.builder().receipts(),
              root));
      lastTimestamp = p.timestamp();
      lastOrigin = p.origin();
    }
  }
}
