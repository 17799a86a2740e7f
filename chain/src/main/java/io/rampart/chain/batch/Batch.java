package io.rampart.chain.batch;

import java.util.List;

/**
 * A run of consecutive L2 blocks as posted to L1: the chain id (stored once, not per signature),
 * the number of the first block, the fee templates its transfers share, and each block's timestamp,
 * L1 origin and transfers. Deposits and forced transactions are not in batches: every node reads
 * them from L1 and inserts them by rule.
 */
public record Batch(
    long chainId, long firstBlock, List<FeeTemplate> templates, List<Block> blocks) {
  public Batch {
    templates = List.copyOf(templates);
    blocks = List.copyOf(blocks);
  }

  /** One L2 block's sequencer-chosen content. */
  public record Block(long timestamp, long l1Origin, List<CompactTx> txs) {
    public Block {
      txs = List.copyOf(txs);
    }
  }

  public int txCount() {
    return blocks.stream().mapToInt(b -> b.txs().size()).sum();
  }
}
