package io.rampart.chain.sequencer;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchBuilder;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.stf.TxOutcome;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Orders pooled transfers into L2 blocks and blocks into batches. Each block starts with the system
 * transactions due at its L1 origin ({@link SystemQueue}), then takes ready transfers from the
 * pool; it is executed with the state transition on an overlay and committed with one batched tree
 * update, giving one state root per block. Time is passed in; nothing here reads a clock.
 */
public final class Sequencer {
  private final ChainConfig cfg;
  private final WorldState world;
  private final Mempool pool;
  private final SystemQueue queue;
  private final BatchPolicy policy;
  private final Ecdsa ecdsa;
  private long nextBlock;
  private BatchBuilder open;
  private StateDiff lastDiff;

  public Sequencer(
      ChainConfig cfg,
      WorldState world,
      Mempool pool,
      SystemQueue queue,
      BatchPolicy policy,
      long nextBlock,
      Ecdsa ecdsa) {
    this.cfg = cfg;
    this.world = world;
    this.pool = pool;
    this.queue = queue;
    this.policy = policy;
    this.nextBlock = nextBlock;
    this.ecdsa = ecdsa;
  }

  public WorldState world() {
    return world;
  }

  public Mempool pool() {
    return pool;
  }

  public SystemQueue queue() {
    return queue;
  }

  public long nextBlock() {
    return nextBlock;
  }

  /** Builds, executes and commits the next block with at most {@code maxUserTxs} transfers. */
  public L2Block produceBlock(long timestamp, long l1Origin, int maxUserTxs) {
    BlockBuilder b = new BlockBuilder(cfg, world, ecdsa);
    for (L2Tx sys : queue.takeDue(l1Origin)) {
      b.add(sys);
    }
    Set<Address> senders = new LinkedHashSet<>();
    for (L2Tx.UserTx u : pool.ready(world, maxUserTxs)) {
      if (b.add(u) instanceof TxOutcome.Invalid) {
        pool.dropWithSuccessors(u);
      } else {
        senders.add(u.sender());
      }
    }
    lastDiff = b.diff();
    Bytes32 root = world.apply(lastDiff);
    L2Block block = new L2Block(nextBlock, timestamp, l1Origin, b.txs(), b.receipts(), root);
    nextBlock++;
    pool.prune(world, List.copyOf(senders));
    if (open == null) {
      open = new BatchBuilder(cfg.chainId(), block.number(), timestamp);
    }
    open.add(block);
    return block;
  }

  /** The state changes of the last block produced (what a store must persist with it). */
  public StateDiff lastDiff() {
    return lastDiff;
  }

  /** Closes the open batch if it reached the size limit or, at time {@code now}, the age limit. */
  public Optional<Batch> closeBatchIfDue(long now) {
    if (open != null
        && (open.payloadEstimate() >= policy.maxPayloadBytes()
            || now - open.openedAt() >= policy.maxAgeSeconds())) {
      return flush();
    }
    return Optional.empty();
  }

  /** Closes the open batch now, if it has blocks. */
  public Optional<Batch> flush() {
    if (open == null) {
      return Optional.empty();
    }
    Batch b = open.build();
    open = null;
    return Optional.of(b);
  }
}
