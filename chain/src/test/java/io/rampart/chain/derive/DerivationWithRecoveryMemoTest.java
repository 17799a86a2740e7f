package io.rampart.chain.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.ecdsa.PublicKey;
import io.rampart.crypto.ecdsa.RecoveryMemo;
import io.rampart.crypto.ecdsa.Secp256k1Backend;
import io.rampart.crypto.ecdsa.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Derivation through a recovery memo that the sequencer's admission filled: the same blocks and
 * roots as derivation without it, no recovery repeated for the admitted transfers, and a tampered
 * signature still makes its batch skipped however warm the memo is.
 */
class DerivationWithRecoveryMemoTest {

  /** Counts the recoveries that reach the real backend. */
  private static final class Counting implements Secp256k1Backend {
    final Secp256k1Backend inner = Fixture.ECDSA.backend();
    final AtomicInteger recoveries = new AtomicInteger();

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public PublicKey derivePublicKey(PrivateKey key) {
      return inner.derivePublicKey(key);
    }

    @Override
    public Signature sign(Bytes32 hash, PrivateKey key) {
      return inner.sign(hash, key);
    }

    @Override
    public boolean verify(Bytes32 hash, Signature sig, PublicKey key) {
      return inner.verify(hash, sig, key);
    }

    @Override
    public Optional<PublicKey> recover(Bytes32 hash, Signature sig) {
      recoveries.incrementAndGet();
      return inner.recover(hash, sig);
    }
  }

  private final Fixture fx = new Fixture(4, 77);
  private final Counting counting = new Counting();
  private final Ecdsa memo = Ecdsa.using(new RecoveryMemo(counting, 1 << 12));
  private L2Tx.Deposit d0;
  private L2Tx.Deposit d1;

  /** Deposits at L1 block 1; then a batch of block 0 (deposits) and block 1 (twelve transfers). */
  private Batch admitAndSeal(Sequencer seq) {
    seq.produceBlock(10, 1, 100);
    List<byte[]> raws = new ArrayList<>();
    long[] nonces = new long[2];
    for (int i = 0; i < 12; i++) {
      int from = i % 2;
      raws.add(fx.transfer(from, fx.addresses.get(2 + from), nonces[from]++, 3 + i).encoded());
    }
    assertThat(seq.pool().admitAll(raws, seq.world()))
        .allMatch(r -> r instanceof AdmitResult.Added);
    assertThat(seq.produceBlock(12, 1, 100).txs()).hasSize(12);
    return seq.flush().orElseThrow();
  }

  private Sequencer sequencer() {
    d0 = fx.deposit(0, 1, fx.addresses.get(0), 1_000_000);
    d1 = fx.deposit(1, 1, fx.addresses.get(1), 1_000_000);
    SystemQueue q = new SystemQueue();
    q.add(d0);
    q.add(d1);
    Mempool pool = new Mempool(fx.cfg, MempoolConfig.defaults(), memo); // admission fills the memo
    return new Sequencer(
        fx.cfg, new WorldState(fx.cfg.hasher()), pool, q, BatchPolicy.defaults(), 0, memo);
  }

  private Derivation derive(Ecdsa ecdsa, byte[]... batches) {
    Derivation d = new Derivation(fx.cfg, ecdsa);
    d.onL1Block(new L1Block(1, List.of(new L1Item.DepositMade(d0), new L1Item.DepositMade(d1))));
    List<L1Item> items = new ArrayList<>();
    for (byte[] b : batches) {
      items.add(new L1Item.BatchPosted(b));
    }
    d.onL1Block(new L1Block(2, items));
    return d;
  }

  private static List<Object> summary(Derivation d) {
    List<Object> out = new ArrayList<>();
    for (L2Block b : d.blocks()) {
      out.add(b.stateRoot());
      out.add(b.txs().stream().map(L2Tx::hash).toList());
    }
    out.add(d.world().root());
    out.add(d.skipped().stream().map(SkippedBatch::reason).toList());
    return out;
  }

  @Property(tries = 40)
  void aWarmMemoGivesTheSameChainAndATamperedSignatureIsStillRefused(
      @ForAll @IntRange(min = 0, max = 11) int victim,
      @ForAll @IntRange(min = 0, max = 255) int bit,
      @ForAll boolean inS) {
    Sequencer seq = sequencer();
    Batch good = admitAndSeal(seq);
    CompactTx t = good.blocks().get(1).txs().get(victim);
    CompactTx forged =
        new CompactTx(
            t.fromIndex(),
            t.to(),
            t.valueGwei(),
            t.template(),
            t.yParity(),
            inS ? t.r() : t.r().flipBit(bit),
            inS ? t.s().flipBit(bit) : t.s());
    List<Batch.Block> blocks = new ArrayList<>(good.blocks());
    List<CompactTx> txs = new ArrayList<>(blocks.get(1).txs());
    txs.set(victim, forged);
    blocks.set(1, new Batch.Block(blocks.get(1).timestamp(), blocks.get(1).l1Origin(), txs));
    byte[] bad = BatchCodec.encode(new Batch(good.chainId(), 0, good.templates(), blocks));
    byte[] honest = BatchCodec.encode(good);

    // the honest batch alone: admission already recovered every sender, derivation recovers none
    int before = counting.recoveries.get();
    Derivation warm = derive(memo, honest);
    assertThat(counting.recoveries.get()).isEqualTo(before);
    assertThat(summary(warm)).isEqualTo(summary(derive(Fixture.ECDSA, honest)));
    assertThat(warm.world().root()).isEqualTo(seq.world().root());

    // the forged batch first, then the honest one: the same outcome with and without the memo
    Derivation both = derive(memo, bad, honest);
    assertThat(summary(both)).isEqualTo(summary(derive(Fixture.ECDSA, bad, honest)));
    assertThat(both.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("block 1 tx " + victim));
    assertThat(both.world().root()).isEqualTo(seq.world().root());
    // and again, now that the memo has seen the forged signature too
    assertThat(summary(derive(memo, bad, honest))).isEqualTo(summary(both));
  }
}
