package io.rampart.node.devnet;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.chain.store.StoredBlock;
import io.rampart.chain.store.WriteBatch;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.node.metrics.NodeMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The sequencer thread: the only thread that touches the pool, the world state and the store's
 * writes. RPC threads hand it commands through a queue. Submissions that arrive together are
 * admitted together and made durable with one synced journal write (group commit) before any of
 * them is acknowledged. Blocks are sealed on {@code evm_mine} and, with a block time, on the wall
 * clock the devnet passes in.
 */
final class SequencerLoop implements Runnable {
  sealed interface Command {}

  record Submit(List<Checked> checked, CompletableFuture<List<AdmitResult>> done)
      implements Command {}

  record Mine(CompletableFuture<BlockRecord> done) implements Command {}

  /** A read that needs the pool; runs on the sequencer thread between other commands. */
  record Query<T>(Function<PoolAccess, T> read, CompletableFuture<T> done) implements Command {}

  /**
   * Queues a deposit or forced transaction for the next block; {@code make} builds it from the id
   * the loop assigns. Completes once it is durable.
   */
  record Enqueue(boolean deposit, LongFunction<L2Tx> make, CompletableFuture<L2Tx> done)
      implements Command {}

  record Stop() implements Command {}

  /**
   * Before a forced transaction's deadline: posts the open batch and seals no block until {@link
   * SealDerived}, so that derivation has every earlier block when it adds the forced block itself.
   */
  record Hold(CompletableFuture<Void> done) implements Command {}

  /**
   * Seals the block derivation appends at L1 block {@code origin} for overdue forced transactions
   * (the due system transactions only, the parent's timestamp); it goes in no batch, since L1 made
   * it. Then seals blocks again, unless {@code stayHeld}.
   */
  record SealDerived(long origin, boolean stayHeld, CompletableFuture<BlockRecord> done)
      implements Command {}

  private final DevnetConfig cfg;
  private final Sequencer seq;
  private final ChainStore store;
  private final KeyValueStore kv;
  private final ChainReader reader;
  private final NodeMetrics metrics;
  private final LongSupplier clockMillis;
  private final LinkedBlockingQueue<Command> inbox = new LinkedBlockingQueue<>();
  private final PoolJournal journal;
  private final List<Command> group = new ArrayList<>();
  private final PoolAccess access;
  private long nextBlockAt;
  private long batchSeq;
  private LongSupplier l1Origin = () -> 0;
  private BatchSink batchSink = (n, data) -> {};
  private boolean held;

  /** Where a closed batch goes once it is stored (the L1 inbox). */
  interface BatchSink {
    void posted(long seq, byte[] data);
  }

  private volatile boolean stopped;

  SequencerLoop(
      DevnetConfig cfg,
      Sequencer seq,
      ChainStore store,
      KeyValueStore kv,
      ChainReader reader,
      NodeMetrics metrics,
      LongSupplier clockMillis,
      long batchSeq,
      PoolJournal journal) {
    this.cfg = cfg;
    this.seq = seq;
    this.store = store;
    this.kv = kv;
    this.reader = reader;
    this.metrics = metrics;
    this.clockMillis = clockMillis;
    this.batchSeq = batchSeq;
    this.journal = journal;
    this.access =
        new PoolAccess() {
          @Override
          public Mempool pool() {
            return seq.pool();
          }

          @Override
          public WorldState world() {
            return seq.world();
          }
        };
  }

  /** Queues a command; after {@link #stop} every command fails at once. */
  void send(Command c) {
    if (stopped) {
      fail(c, new IllegalStateException("the node is shutting down"));
      return;
    }
    inbox.add(c);
  }

  void stop() {
    inbox.add(new Stop());
  }

  @Override
  public void run() {
    begin();
    try {
      while (!step()) {
        // one command group or one block per step
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A failed write or a broken invariant: stop rather than go on from a state the store may
      // not hold. What was acknowledged is durable; a restart resumes from the store.
      System.err.println("sequencer stopped: " + e);
      throw e;
    } finally {
      stopped = true;
      List<Command> left = new ArrayList<>();
      inbox.drainTo(left);
      for (Command c : left) {
        fail(c, new IllegalStateException("the node is shutting down"));
      }
    }
  }

  /**
   * Connects the embedded L1 before the loop starts: new blocks take {@code origin} (the latest L1
   * block whose deposits and forced transactions are queued) as L1 origin, and every closed batch
   * goes to {@code sink}.
   */
  void connectL1(LongSupplier origin, BatchSink sink) {
    this.l1Origin = origin;
    this.batchSink = sink;
  }

  /** Starts the block clock: the first block is due one block time from now. */
  void begin() {
    nextBlockAt = clockMillis.getAsLong() + cfg.blockTimeMillis();
  }

  /**
   * One iteration: seals a block if the block clock is due, otherwise waits (until the block is
   * due, or without a block time for as long as it takes) for commands and runs those queued.
   * {@link #run} calls it on the sequencer thread; tests call it directly, with the thread not
   * started, to drive the loop step by step. Returns true when told to stop.
   */
  boolean step() throws InterruptedException {
    Command first;
    if (cfg.blockTimeMillis() > 0) {
      long now = clockMillis.getAsLong();
      if (now >= nextBlockAt && !held) { // checked before waiting: steady traffic cannot starve it
        sealBlock();
        nextBlockAt = Math.max(nextBlockAt + cfg.blockTimeMillis(), now);
        return false;
      }
      long wait = held ? cfg.blockTimeMillis() : nextBlockAt - now;
      first = inbox.poll(wait, TimeUnit.MILLISECONDS);
      if (first == null) {
        return false;
      }
    } else {
      first = inbox.take();
    }
    group.clear();
    group.add(first);
    inbox.drainTo(group);
    return process(group);
  }

  /** Runs one drained group of commands; true when told to stop. */
  private boolean process(List<Command> batch) {
    List<Submit> submits = new ArrayList<>();
    for (Command c : batch) {
      if (c instanceof Submit s) {
        submits.add(s);
      }
    }
    if (!submits.isEmpty()) {
      admit(submits);
    }
    for (Command c : batch) {
      switch (c) {
        case Submit s -> {}
        case Mine m -> m.done().complete(held ? reader.head() : sealBlock());
        case Hold h -> {
          held = true;
          seq.flush().ifPresent(this::postBatch);
          h.done().complete(null);
        }
        case SealDerived sd -> {
          BlockRecord rec = sealBlock(reader.head().timestamp(), sd.origin(), 0, true);
          held = sd.stayHeld();
          sd.done().complete(rec);
        }
        case Enqueue e -> enqueue(e);
        case Query<?> q -> runQuery(q);
        case Stop s -> {
          seq.flush().ifPresent(this::postBatch); // no block is left out of every batch
          return true;
        }
      }
    }
    return false;
  }

  private <T> void runQuery(Query<T> q) {
    try {
      q.done().complete(q.read().apply(access));
    } catch (RuntimeException e) {
      q.done().completeExceptionally(e);
    }
  }

  /** Admits every submission of the group in order, journals the accepted ones in one write. */
  private void admit(List<Submit> submits) {
    Mempool pool = seq.pool();
    WriteBatch wb = new WriteBatch();
    List<List<AdmitResult>> results = new ArrayList<>(submits.size());
    for (Submit s : submits) {
      List<AdmitResult> rs = pool.admitChecked(s.checked(), seq.world());
      for (AdmitResult r : rs) {
        switch (r) {
          case AdmitResult.Added a -> {
            journal.added(a.tx());
            a.evicted().ifPresent(e -> journal.left(e.hash(), false));
            metrics.txAccepted.increment();
          }
          case AdmitResult.Replaced rp -> {
            journal.added(rp.tx());
            journal.left(rp.replaced().hash(), false);
            metrics.txAccepted.increment();
          }
          case AdmitResult.Rejected rj -> metrics.txRejected.increment();
        }
      }
      results.add(rs);
    }
    journal.flush(wb); // the group's entry, and the groups that lost a transaction
    if (wb.size() > 0) {
      kv.write(wb); // synced: nothing is acknowledged before it is durable
    }
    metrics.mempoolSize.set(pool.size());
    for (int i = 0; i < submits.size(); i++) {
      submits.get(i).done().complete(results.get(i));
    }
  }

  private void enqueue(Enqueue e) {
    long id = SystemJournal.nextId(kv, e.deposit());
    L2Tx tx = e.make().apply(id);
    try {
      switch (tx) {
        case L2Tx.Deposit d -> seq.queue().add(d);
        case L2Tx.Forced f -> seq.queue().add(f);
        case L2Tx.UserTx u -> throw new IllegalArgumentException("not a system transaction");
      }
    } catch (IllegalArgumentException ex) {
      e.done().completeExceptionally(ex);
      return;
    }
    kv.write(
        new WriteBatch()
            .put(SystemJournal.key(tx), SystemJournal.value(tx))
            .put(SystemJournal.counterKey(e.deposit()), NodeKeys.longValue(id + 1)));
    e.done().complete(tx);
  }

  /** Seals one block from what the pool holds (up to the gas limit), stores and publishes it. */
  private BlockRecord sealBlock() {
    BlockRecord parent = reader.head();
    long ts = Math.max(parent.timestamp(), clockMillis.getAsLong() / 1000);
    long origin = Math.max(parent.l1Origin(), l1Origin.getAsLong());
    return sealBlock(ts, origin, cfg.maxTransfersPerBlock(), false);
  }

  /** {@code derived}: a block derivation made itself, which no batch carries. */
  private BlockRecord sealBlock(long ts, long origin, int maxTransfers, boolean derived) {
    long now = clockMillis.getAsLong();
    BlockRecord parent = reader.head();
    L2Block block = seq.produceBlock(ts, origin, maxTransfers);
    StateDiff diff = seq.lastDiff();
    List<Bytes32> hashes = new ArrayList<>(block.txs().size());
    List<byte[]> raws = new ArrayList<>(block.txs().size());
    WriteBatch wb = new WriteBatch();
    int w = 0;
    for (int i = 0; i < block.txs().size(); i++) {
      L2Tx tx = block.txs().get(i);
      hashes.add(tx.hash());
      raws.add(rawOf(tx));
      if (!(tx instanceof L2Tx.UserTx)) {
        wb.delete(SystemJournal.key(tx));
      }
      Receipt.Kind kind = block.receipts().get(i).kind();
      if (block.receipts().get(i).success()
          && (kind == Receipt.Kind.WITHDRAWAL || kind == Receipt.Kind.FORCED_WITHDRAWAL)) {
        wb.put(
            NodeKeys.withdrawalOf(tx.hash()),
            NodeKeys.longValue(diff.withdrawals().get(w++).index()));
      }
    }
    BlockRecord rec =
        new BlockRecord(
            parent.hash(),
            new StoredBlock(
                block.number(),
                block.timestamp(),
                block.l1Origin(),
                block.stateRoot(),
                hashes,
                raws));
    wb.put(NodeKeys.hashOfNumber(rec.number()), rec.hash().toArray());
    wb.put(NodeKeys.numberOfHash(rec.hash()), NodeKeys.longValue(rec.number()));
    Mempool pool = seq.pool();
    journal.sealed(block.txs(), pool);
    journal.flush(wb);
    // One atomic write: block, state changes, hash index, journal clean-up. Not synced: a
    // machine crash may lose it, and then the journal groups it deletes or rewrites are still
    // there, so the included transactions return to the pool (docs/devnet.md, "Durability"). A
    // batch posted to the L1 is journaled with a synced write to the same log, which makes every
    // block before it durable first.
    store.commitBlock(block, diff, wb, false);
    if (derived) {
      seq.flush(); // the open batch held only this block
    } else {
      seq.closeBatchIfDue(ts).ifPresent(this::postBatch);
    }
    for (int i = 0; i < diff.indices().length; i++) {
      reader.putAccount(diff.accounts()[i]);
    }
    reader.publish(rec, batchSeq);
    metrics.blockSealed(rec.number(), rec.size(), now);
    metrics.mempoolSize.set(pool.size());
    return rec;
  }

  private void postBatch(Batch b) {
    byte[] posted = BatchCodec.encode(b);
    store.putBatch(batchSeq++, posted);
    batchSink.posted(batchSeq - 1, posted);
    metrics.batches.increment();
    metrics.batchBytes.add(posted.length);
    metrics.batchTxs.add(b.txCount());
    metrics.lastBatchBytes.set(posted.length);
    metrics.lastBatchTxs.set(b.txCount());
  }

  static byte[] rawOf(L2Tx tx) {
    return switch (tx) {
      case L2Tx.UserTx u -> u.signed().encoded();
      case L2Tx.Deposit d -> io.rampart.chain.tx.SystemTxCodec.encode(d);
      case L2Tx.Forced f -> io.rampart.chain.tx.SystemTxCodec.encode(f);
    };
  }

  private static void fail(Command c, RuntimeException e) {
    switch (c) {
      case Submit s -> s.done().completeExceptionally(e);
      case Mine m -> m.done().completeExceptionally(e);
      case Enqueue q -> q.done().completeExceptionally(e);
      case Query<?> q -> q.done().completeExceptionally(e);
      case Hold h -> h.done().completeExceptionally(e);
      case SealDerived sd -> sd.done().completeExceptionally(e);
      case Stop s -> {}
    }
  }
}
