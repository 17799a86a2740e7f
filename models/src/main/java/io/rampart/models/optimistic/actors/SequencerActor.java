package io.rampart.models.optimistic.actors;

import io.rampart.chain.batch.BatchBuilder;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.derive.L1Item;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.stf.TxOutcome;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.l1.chain.Blob;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.node.L1Event;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The sequencer. It builds on the chain as derived from L1 (so whatever derivation adds on its own,
 * such as a block for an overdue forced transaction, is simply followed): on every new L1 block
 * that leaves it something to include and no batch in flight, it builds one L2 block with that L1
 * block as origin, starting with the due deposits and forced transactions, then the pending user
 * transfers whose nonces are next, and posts it as a calldata batch to the inbox.
 *
 * <p>A censoring sequencer drops user transactions from the addresses in {@code censored}; their
 * owners can still go through the inbox's forced queue. Not crash-tested: its pending transfers are
 * volatile.
 */
public final class SequencerActor implements Actor {
  public static final long POST_GAS = 3_000_000;
  public static final int MAX_TXS = 256;

  /** A raw signed L2 transaction from a user. */
  public record Submit(byte[] raw) implements Message {
    public Submit {
      raw = raw.clone();
    }

    @Override
    public byte[] raw() {
      return raw.clone();
    }

    @Override
    public String describe() {
      return "Submit(" + raw.length + " bytes)";
    }
  }

  private final ActorId l1;
  private final L1Chain chain;
  private final ChainConfig cfg;
  private final Ecdsa ecdsa;
  private final L1Reader reader;
  private final io.rampart.l1.core.Address me;
  private final io.rampart.l1.core.Address inbox;
  private final Set<Address> censored;
  private DerivedChain derived;
  private SystemQueue queue;
  private final List<L2Tx.UserTx> pending = new ArrayList<>();
  private long readThrough;
  private int mirrored;
  private long expected;
  private long postedAt = -1;
  private final boolean postInBlobs;

  /** {@code postInBlobs}: each batch is posted in blobs instead of calldata. */
  public SequencerActor(
      ActorId l1,
      L1Chain chain,
      ChainConfig cfg,
      Ecdsa ecdsa,
      L1Reader reader,
      io.rampart.l1.core.Address me,
      io.rampart.l1.core.Address inbox,
      Set<Address> censored,
      boolean postInBlobs) {
    this.postInBlobs = postInBlobs;
    this.l1 = l1;
    this.chain = chain;
    this.cfg = cfg;
    this.ecdsa = ecdsa;
    this.reader = reader;
    this.me = me;
    this.inbox = inbox;
    this.censored = Set.copyOf(censored);
  }

  @Override
  public void onStart(ActorContext ctx) {
    derived = new DerivedChain(cfg, ecdsa, chain, reader);
    queue = new SystemQueue();
    ctx.send(l1, new L1Event.Subscribe());
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {
    switch (message) {
      case Submit s -> admit(ctx, s.raw());
      case L1Event.NewBlock nb -> onBlock(ctx, nb.block());
      default -> {}
    }
  }

  private void admit(ActorContext ctx, byte[] raw) {
    if (TxChecks.check(cfg, raw, ecdsa) instanceof Checked.Ok(L2Tx.UserTx u)) {
      if (censored.contains(u.sender())) {
        ctx.trace("censors a transaction from " + u.sender());
        return;
      }
      pending.add(u);
    }
  }

  private void onBlock(ActorContext ctx, Block block) {
    derived.syncTo(block.number());
    for (long n = readThrough + 1; n <= block.number(); n++) {
      for (L1Item item : reader.read(chain.block(n).orElseThrow()).items()) {
        switch (item) {
          case L1Item.DepositMade d -> queue.add(d.deposit());
          case L1Item.ForcedSubmitted f -> queue.add(f.forced());
          case L1Item.BatchPosted b -> {}
        }
      }
      readThrough = n;
    }
    List<L2Block> blocks = derived.blocks();
    for (; mirrored < blocks.size(); mirrored++) {
      queue.takeDue(blocks.get(mirrored).l1Origin());
    }
    if (blocks.size() < expected && block.number() - postedAt < 3) {
      return; // our batch is still in flight
    }
    SystemQueue probe = queue.copy();
    List<L2Tx> system = probe.takeDue(block.number());
    BlockBuilder b = new BlockBuilder(cfg, derived.derivation().world(), ecdsa);
    for (L2Tx sys : system) {
      b.add(sys);
    }
    int users = 0;
    boolean progress = true;
    while (progress && users < MAX_TXS) {
      progress = false;
      for (Iterator<L2Tx.UserTx> it = pending.iterator(); it.hasNext(); ) {
        L2Tx.UserTx u = it.next();
        int idx = b.state().indexOf(u.sender());
        long nonce = idx < 0 ? 0 : b.state().account(idx).nonce();
        if (u.nonce() < nonce) {
          it.remove();
        } else if (u.nonce() == nonce) {
          it.remove();
          if (!(b.add(u) instanceof TxOutcome.Invalid)) {
            users++;
            progress = true;
          }
        }
      }
    }
    if (system.isEmpty() && users == 0) {
      return;
    }
    long number = blocks.size();
    L2Block l2 =
        new L2Block(number, block.timestamp(), block.number(), b.txs(), b.receipts(), Bytes32.ZERO);
    BatchBuilder batch = new BatchBuilder(cfg.chainId(), number, block.timestamp());
    batch.add(l2);
    byte[] bytes = BatchCodec.encode(batch.build());
    ctx.send(
        l1,
        postInBlobs
            ? TxRequest.call(me, inbox, new Inbox.PostBlobBatch(0), POST_GAS)
                .withBlobs(blobs(bytes))
            : TxRequest.call(me, inbox, new Inbox.PostBatch(bytes, 0), POST_GAS));
    expected = number + 1;
    postedAt = block.number();
  }

  /** The batch bytes cut into blobs; derivation reads them back concatenated. */
  static List<Blob> blobs(byte[] bytes) {
    List<Blob> out = new ArrayList<>();
    for (int off = 0; off < bytes.length; off += Blob.SIZE) {
      out.add(new Blob(Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + Blob.SIZE))));
    }
    return out;
  }
}
