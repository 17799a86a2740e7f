package io.rampart.bench;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The L2 chain's hot paths, in transfers per second.
 *
 * <ul>
 *   <li>{@code endToEnd}: signed EIP-1559 transfers as raw bytes through {@code Mempool.admitAll}
 *       (decode, checks and sender recovery in parallel on the common pool) and the sequencer
 *       (execution, one batched Keccak tree update and root per block), 4,096 per block, 10,000
 *       funded accounts, random recipients.
 *   <li>{@code executeWithBlockRoot}: pre-verified transfers (sender already recovered) executed by
 *       the state transition and committed with one state root per block of 10,000, over 1,000,000
 *       accounts in a Keccak-256 tree, random senders and recipients.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ChainBench {
  static final long CHAIN_ID = 901;
  static final int E2E_BLOCK = 4_096;
  static final int EXEC_BLOCK = 10_000;

  static ChainConfig config() {
    return new ChainConfig(
        CHAIN_ID,
        Keccak256.INSTANCE,
        PrivateKey.generate(new SplittableRandom(1)).address(),
        FeeParams.defaults(),
        ChainConfig.DEFAULT_MAX_TX_BYTES);
  }

  static WorldState world(ChainConfig cfg, List<Address> addresses, long balance) {
    WorldState w = new WorldState(cfg.hasher());
    int n = addresses.size();
    int[] idx = new int[n];
    Account[] acc = new Account[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      acc[i] = new Account(addresses.get(i), 0, balance);
    }
    w.apply(new StateDiff(idx, acc, List.of()));
    return w;
  }

  static SignedTransaction sign(PrivateKey key, Address to, long nonce, long gwei) {
    var tx =
        new DynamicFeeTransaction(
            CHAIN_ID,
            nonce,
            BigInteger.valueOf(1_000_000),
            BigInteger.valueOf(1_000_000_000),
            21_000,
            Optional.of(to),
            BigInteger.valueOf(gwei).multiply(BigInteger.valueOf(1_000_000_000)),
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, key, Ecdsa.defaultInstance());
  }

  /** 10,000 accounts and 250,000 pre-signed transfers (25 nonces per account). */
  @State(Scope.Benchmark)
  public static class Signed {
    static final int ACCOUNTS = 10_000;
    static final int ROUNDS = 25;

    ChainConfig cfg;
    List<Address> addresses;
    List<byte[]> supply;
    int cursor;
    Sequencer seq;
    long blockTime;
    SharedChecks ahead;

    @Setup(Level.Trial)
    public void signAll() {
      cfg = config();
      SplittableRandom r = new SplittableRandom(42);
      List<PrivateKey> keys = new ArrayList<>(ACCOUNTS);
      for (int i = 0; i < ACCOUNTS; i++) {
        keys.add(PrivateKey.generate(r));
      }
      addresses = keys.parallelStream().map(PrivateKey::address).toList();
      long[] seeds = r.longs(ACCOUNTS * ROUNDS).toArray();
      supply =
          IntStream.range(0, ACCOUNTS * ROUNDS)
              .parallel()
              .mapToObj(
                  k -> {
                    int round = k / ACCOUNTS;
                    int from = k % ACCOUNTS;
                    SplittableRandom tr = new SplittableRandom(seeds[k]);
                    Address to = addresses.get(tr.nextInt(ACCOUNTS));
                    return sign(keys.get(from), to, round, 1 + tr.nextInt(100_000)).encoded();
                  })
              .toList();
      reset();
    }

    void reset() {
      WorldState w = world(cfg, addresses, 1_000_000_000_000L);
      Mempool pool =
          new Mempool(cfg, new MempoolConfig(1_000_000, 64, 64, 10), Ecdsa.defaultInstance());
      seq =
          new Sequencer(
              cfg, w, pool, new SystemQueue(), BatchPolicy.defaults(), 1, Ecdsa.defaultInstance());
      cursor = 0;
      ahead = null;
    }

    List<byte[]> take() {
      if (cursor + E2E_BLOCK > supply.size()) {
        reset();
      }
      List<byte[]> chunk = supply.subList(cursor, cursor + E2E_BLOCK);
      cursor += E2E_BLOCK;
      return chunk;
    }
  }

  /** 1,000,000 accounts; each invocation gets a fresh block of 10,000 pre-verified transfers. */
  @State(Scope.Benchmark)
  public static class Million {
    static final int ACCOUNTS = 1_000_000;

    ChainConfig cfg;
    WorldState world;
    List<Address> addresses;
    long[] nonces;
    SignedTransaction template;
    SplittableRandom rnd;
    List<L2Tx.UserTx> block;

    @Setup(Level.Trial)
    public void build() {
      cfg = config();
      rnd = new SplittableRandom(7);
      addresses = new ArrayList<>(ACCOUNTS);
      byte[] a = new byte[20];
      for (int i = 0; i < ACCOUNTS; i++) {
        rnd.nextBytes(a);
        addresses.add(Address.fromBytes(a).orElseThrow());
      }
      world = world(cfg, addresses, 1_000_000_000_000L);
      nonces = new long[ACCOUNTS];
      template = sign(PrivateKey.generate(new SplittableRandom(3)), addresses.getFirst(), 0, 1);
    }

    /** Transfers whose signatures were checked elsewhere: only execution and roots are timed. */
    @Setup(Level.Invocation)
    public void nextBlock() {
      block = new ArrayList<>(EXEC_BLOCK);
      for (int i = 0; i < EXEC_BLOCK; i++) {
        int from = rnd.nextInt(ACCOUNTS);
        Address to = addresses.get(rnd.nextInt(ACCOUNTS));
        block.add(
            new L2Tx.UserTx(
                template,
                addresses.get(from),
                to,
                nonces[from]++,
                1 + rnd.nextInt(100_000),
                21_000,
                1_000_000_000L,
                1_000_000L));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(E2E_BLOCK)
  public Object endToEnd(Signed s) {
    s.seq.pool().admitAll(s.take(), s.seq.world());
    return s.seq.produceBlock(s.blockTime++, 0, E2E_BLOCK).stateRoot();
  }

  /**
   * Checks of one block's transactions shared between a common-pool worker and the sequencer
   * thread: both claim slices of 64 from a shared cursor, so the worker starts at once and the
   * sequencer joins in as soon as its sequential work for the previous block is done.
   */
  static final class SharedChecks {
    private final Mempool pool;
    private final List<byte[]> raws;
    private final io.rampart.chain.stf.Checked[] out;
    private final java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();

    SharedChecks(Mempool pool, List<byte[]> raws) {
      this.pool = pool;
      this.raws = raws;
      this.out = new io.rampart.chain.stf.Checked[raws.size()];
      java.util.concurrent.ForkJoinPool.commonPool().execute(this::work);
    }

    void work() {
      int n = raws.size();
      for (int i = next.getAndAdd(64); i < n; i = next.getAndAdd(64)) {
        int end = Math.min(n, i + 64);
        for (int k = i; k < end; k++) {
          out[k] = pool.check(raws.get(k));
        }
        done.addAndGet(end - i);
      }
    }

    List<io.rampart.chain.stf.Checked> finish() {
      work();
      while (done.get() < raws.size()) {
        java.util.concurrent.locks.LockSupport.parkNanos(20_000); // the worker's last slice
      }
      return java.util.Arrays.asList(out);
    }
  }

  /**
   * As {@link #endToEnd}, but pipelined: the checks and sender recovery of the next block's
   * transactions start on a common-pool worker while this thread admits and sequences the current
   * block, then this thread joins in (see {@link SharedChecks}), so neither core idles.
   */
  @Benchmark
  @OperationsPerInvocation(E2E_BLOCK)
  public Object endToEndPipelined(Signed s) {
    if (s.ahead == null) {
      s.ahead = new SharedChecks(s.seq.pool(), s.take());
    }
    List<io.rampart.chain.stf.Checked> current = s.ahead.finish();
    int before = s.cursor;
    List<byte[]> next = s.take();
    if (s.cursor < before) {
      current = List.of(); // the supply wrapped and the state was reset
    }
    s.ahead = new SharedChecks(s.seq.pool(), next);
    s.seq.pool().admitChecked(current, s.seq.world());
    return s.seq.produceBlock(s.blockTime++, 0, E2E_BLOCK).stateRoot();
  }

  @Benchmark
  @OperationsPerInvocation(EXEC_BLOCK)
  public Object executeWithBlockRoot(Million m) {
    BlockBuilder b = new BlockBuilder(m.cfg, m.world, Ecdsa.defaultInstance());
    for (L2Tx.UserTx tx : m.block) {
      b.add(tx);
    }
    return m.world.apply(b.diff());
  }
}
