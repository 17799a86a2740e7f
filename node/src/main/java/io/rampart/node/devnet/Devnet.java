package io.rampart.node.devnet;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.RocksKeyValueStore;
import io.rampart.chain.store.WriteBatch;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.ecdsa.RecoveryMemo;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hd.DevMnemonic;
import io.rampart.node.metrics.NodeMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The devnet's L2 node: chain state and blocks in RocksDB under the data directory, the pool with
 * its journal, and the sequencer thread. Started by {@link #open}; {@link #close} stops the
 * sequencer after the commands already queued and closes the store. This assembly (with {@code
 * DevnetServer}) is the only place that reads the wall clock or starts threads.
 */
public final class Devnet implements AutoCloseable, NodeApi {
  /** The OP Stack's SequencerFeeVault predeploy, where execution and L1 data fees go. */
  public static final Address FEE_VAULT =
      Address.tryParse("0x4200000000000000000000000000000000000011").orElseThrow();

  private final DevnetConfig cfg;
  private final ChainConfig chain;

  /**
   * Remembered recoveries (the latest 2^16; at most about 30 MB when full): admission recovers each
   * transfer's sender, derivation from L1 recovers it again from the batch, and the second is then
   * a lookup of the exact (hash, signature) pair with the same answer ({@link RecoveryMemo}).
   */
  static final int RECOVERY_MEMO_ENTRIES = 1 << 16;

  private final Ecdsa ecdsa =
      Ecdsa.using(new RecoveryMemo(Ecdsa.defaultInstance().backend(), RECOVERY_MEMO_ENTRIES));
  private final RocksKeyValueStore kv;
  private final ChainReader reader;
  private final SequencerLoop loop;
  private final RollupL1 rollup;
  private final Thread thread;
  private final NodeMetrics metrics = new NodeMetrics();
  private final List<PrivateKey> devKeys;
  private final boolean resumed;
  private final int replayed;

  private Devnet(DevnetConfig cfg, LongSupplier clockMillis, boolean startSequencer) {
    this.cfg = cfg;
    this.chain =
        new ChainConfig(
            cfg.chainId(),
            Keccak256.INSTANCE,
            FEE_VAULT,
            FeeParams.defaults(),
            ChainConfig.DEFAULT_MAX_TX_BYTES);
    this.devKeys = DevMnemonic.accounts(cfg.mnemonic(), cfg.accounts());
    try {
      Files.createDirectories(cfg.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + cfg.dataDir(), e);
    }
    this.kv = RocksKeyValueStore.open(cfg.dataDir().resolve("chain"), cfg.sync());
    try {
      ChainStore store = new ChainStore(kv);
      this.reader = new ChainReader(store, kv);
      this.resumed = store.head().isPresent();
      this.rollup = new RollupL1(chain, ecdsa, cfg.rollup(), kv, metrics, clockMillis);
      WorldState world = new WorldState(chain.hasher());
      if (resumed) {
        checkChainId();
        world = store.load(chain.hasher());
      }
      long next = resumed ? store.head().orElseThrow().nextBlock() : 0;
      Mempool pool =
          new Mempool(
              chain,
              new MempoolConfig(
                  cfg.poolMaxTotal(), cfg.poolMaxPerSender(), cfg.poolMaxPerSender(), 10),
              ecdsa);
      SystemQueue queue = new SystemQueue();
      SystemJournal.replay(kv, queue);
      Sequencer seq = new Sequencer(chain, world, pool, queue, cfg.batchPolicy(), next, ecdsa);
      if (!resumed) {
        genesis(store, seq, clockMillis.getAsLong() / 1000);
        next = 1;
      }
      for (int i = 0; i < world.nextIndex(); i++) {
        reader.putAccount(world.account(i));
      }
      long batchSeq = 0;
      while (store.batch(batchSeq).isPresent()) {
        batchSeq++;
      }
      if (resumed) { // blocks a crash left out of every batch
        for (byte[] b : BatchRecovery.rebuild(store, chain, ecdsa, next - 1, batchSeq)) {
          store.putBatch(batchSeq++, b);
        }
      }
      reader.publish(HashIndex.recover(store, kv, next - 1), batchSeq);
      PoolJournal journal = PoolJournal.replay(kv, pool, world);
      this.replayed = journal.size();
      this.loop =
          new SequencerLoop(cfg, seq, store, kv, reader, metrics, clockMillis, batchSeq, journal);
      RollupState l1 = rollup.state();
      loop.connectL1(l1::origin, rollup::postBatch);
      long nd = SystemJournal.nextId(kv, true);
      long nf = SystemJournal.nextId(kv, false);
      if (resumed) {
        rollup.replay(loop, nd, nf, SystemJournal.forcedDeadlines(kv));
      } else {
        rollup.connect(loop, nd, nf);
      }
      for (long b = l1.batchesPosted(); b < batchSeq; b++) { // stored, never posted: post now
        rollup.postBatch(b, store.batch(b).orElseThrow());
      }
      metrics.mempoolSize.set(pool.size());
      metrics.headBlock.set(next - 1);
    } catch (RuntimeException e) {
      kv.close();
      throw e;
    }
    this.thread = Thread.ofPlatform().name("rampart-sequencer").unstarted(loop);
    if (startSequencer) {
      thread.start();
      rollup.start();
    }
  }

  /** Opens (or creates) the devnet in {@code cfg.dataDir()} and starts its sequencer thread. */
  public static Devnet open(DevnetConfig cfg) {
    return new Devnet(cfg, System::currentTimeMillis, true);
  }

  /**
   * For tests: the devnet on the given clock, its sequencer thread not started. The caller drives
   * the loop with {@link SequencerLoop#begin} and {@link SequencerLoop#step} on its own thread.
   */
  static Devnet openStepped(DevnetConfig cfg, LongSupplier clockMillis) {
    return new Devnet(cfg, clockMillis, false);
  }

  SequencerLoop loop() {
    return loop;
  }

  /** The embedded L1 (a stepped devnet runs it with {@link RollupL1#sync}). */
  RollupL1 l1() {
    return rollup;
  }

  @Override
  public Rollup rollup() {
    return rollup.rollup();
  }

  private void checkChainId() {
    long stored = kv.get(NodeKeys.chainId()).map(NodeKeys::readLong).orElse(cfg.chainId());
    if (stored != cfg.chainId()) {
      throw new IllegalStateException(
          "the data directory holds chain "
              + stored
              + ", not "
              + cfg.chainId()
              + "; use another --data-dir or the same --chain-id");
    }
  }

  /**
   * The L2 genesis: the dev accounts are funded on L1 and their deposits, made through the bridge,
   * make up L2 block 0, so derivation from L1 rebuilds this chain from its very first block.
   */
  private void genesis(ChainStore store, Sequencer seq, long timestamp) {
    List<Address> addrs = devKeys.stream().map(PrivateKey::address).toList();
    List<L2Tx.Deposit> deposits = rollup.genesis(addrs, cfg.accountBalanceGwei());
    deposits.forEach(seq.queue()::add);
    L2Block block = seq.produceBlock(timestamp, rollup.state().origin(), 0);
    WriteBatch wb =
        new WriteBatch()
            .put(NodeKeys.chainId(), NodeKeys.longValue(cfg.chainId()))
            .put(SystemJournal.counterKey(true), NodeKeys.longValue(deposits.size()));
    store.commitBlock(block, seq.lastDiff(), wb);
  }

  // ---- NodeApi ----

  @Override
  public ChainConfig chain() {
    return chain;
  }

  @Override
  public Ecdsa ecdsa() {
    return ecdsa;
  }

  @Override
  public ChainReader reader() {
    return reader;
  }

  @Override
  public NodeMetrics metrics() {
    return metrics;
  }

  @Override
  public long blockGasLimit() {
    return cfg.blockGasLimit();
  }

  @Override
  public CompletableFuture<List<AdmitResult>> submit(List<byte[]> raws) {
    List<Checked> checked =
        raws.size() == 1
            ? List.of(TxChecks.check(chain, raws.get(0), ecdsa))
            : raws.parallelStream().map(r -> TxChecks.check(chain, r, ecdsa)).toList();
    CompletableFuture<List<AdmitResult>> f = new CompletableFuture<>();
    loop.send(new SequencerLoop.Submit(checked, f));
    return f;
  }

  @Override
  public CompletableFuture<BlockRecord> mine() {
    CompletableFuture<BlockRecord> f = new CompletableFuture<>();
    loop.send(new SequencerLoop.Mine(f));
    return f;
  }

  @Override
  public CompletableFuture<L2Tx> enqueueSystem(boolean deposit, LongFunction<L2Tx> make) {
    CompletableFuture<L2Tx> f = new CompletableFuture<>();
    loop.send(new SequencerLoop.Enqueue(deposit, make, f));
    return f;
  }

  @Override
  public <T> CompletableFuture<T> query(Function<PoolAccess, T> read) {
    CompletableFuture<T> f = new CompletableFuture<>();
    loop.send(new SequencerLoop.Query<>(read, f));
    return f;
  }

  public DevnetConfig config() {
    return cfg;
  }

  @Override
  public List<PrivateKey> devKeys() {
    return devKeys;
  }

  public boolean resumed() {
    return resumed;
  }

  public int replayedFromJournal() {
    return replayed;
  }

  @Override
  public void close() {
    loop.stop();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    rollup.close(); // after the sequencer: its last batch is posted first
    kv.close();
  }
}
