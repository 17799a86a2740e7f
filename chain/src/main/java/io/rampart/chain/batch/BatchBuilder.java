package io.rampart.chain.batch;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.tx.L2Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects consecutive executed blocks into one {@link Batch}: user transfers become {@link
 * CompactTx} (from their receipts, which say which recipient indices existed), fee fields are
 * shared as templates, system transactions are left out (they come from L1).
 */
public final class BatchBuilder {
  private final long chainId;
  private final long firstBlock;
  private final long openedAt;
  private final Map<FeeTemplate, Integer> templateIndex = new HashMap<>();
  private final List<FeeTemplate> templates = new ArrayList<>();
  private final List<Batch.Block> blocks = new ArrayList<>();
  private long payloadEstimate = 16;
  private FeeTemplate lastTemplate;
  private Integer lastIndex;

  /** {@code openedAt} is the timestamp of the first block, for the batch age limit. */
  public BatchBuilder(long chainId, long firstBlock, long openedAt) {
    this.chainId = chainId;
    this.firstBlock = firstBlock;
    this.openedAt = openedAt;
  }

  public long firstBlock() {
    return firstBlock;
  }

  public long openedAt() {
    return openedAt;
  }

  public int blockCount() {
    return blocks.size();
  }

  /** Uncompressed payload size so far, within a few bytes. */
  public long payloadEstimate() {
    return payloadEstimate;
  }

  public void add(L2Block block) {
    if (block.number() != firstBlock + blocks.size()) {
      throw new IllegalArgumentException(
          "block " + block.number() + " does not follow " + (firstBlock + blocks.size() - 1));
    }
    List<CompactTx> txs = new ArrayList<>();
    for (int i = 0; i < block.txs().size(); i++) {
      if (block.txs().get(i) instanceof L2Tx.UserTx u) {
        Receipt r = block.receipts().get(i);
        FeeTemplate t = Materializer.template(u);
        Integer idx = t.equals(lastTemplate) ? lastIndex : templateIndex.get(t);
        if (idx == null) {
          idx = templates.size();
          templates.add(t);
          templateIndex.put(t, idx);
          payloadEstimate += 30;
        }
        lastTemplate = t; // consecutive transfers mostly share one template
        lastIndex = idx;
        CompactTx c = Materializer.compact(u, r, idx);
        txs.add(c);
        payloadEstimate +=
            CompactSize.transfer(
                u,
                r.fromIndex(),
                r.kind() == Receipt.Kind.WITHDRAWAL,
                c.toIndex().orElse(-1),
                false);
      }
    }
    payloadEstimate += 12;
    blocks.add(new Batch.Block(block.timestamp(), block.l1Origin(), txs));
  }

  public Batch build() {
    if (blocks.isEmpty()) {
      throw new IllegalStateException("no blocks");
    }
    return new Batch(chainId, firstBlock, templates, blocks);
  }
}
