package io.rampart.models.optimistic.l2;

import io.rampart.chain.derive.L1Block;
import io.rampart.chain.derive.L1Item;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.l1.chain.BlobLookup;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.exec.Log;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns an L1 block into what the L2 reads from it, in block order: batches posted to the inbox (in
 * calldata, or in blobs read from the L1's blob store by their versioned hashes), deposits made on
 * the bridge, and forced transactions queued in the inbox.
 *
 * <p>The inbox states forced-inclusion deadlines as timestamps; the chain counts them in L1 blocks.
 * A deadline {@code d} has passed in the first block whose timestamp is strictly greater, which on
 * a chain without missed slots is block {@code floor(d / slot) + 1}.
 */
public final class L1Reader {
  private final io.rampart.l1.core.Address inbox;
  private final io.rampart.l1.core.Address bridge;
  private final long slotSeconds;

  public L1Reader(io.rampart.l1.core.Address inbox, io.rampart.l1.core.Address bridge, long slot) {
    this.inbox = inbox;
    this.bridge = bridge;
    this.slotSeconds = slot;
  }

  /**
   * A batch posted to the inbox: its inbox index, where it sits in L1, its bytes, and for a blob
   * batch the blobs' data (the bytes are their concatenation; empty for a calldata batch).
   */
  public record PostedBatch(
      long inboxIndex, long l1Block, int itemIndex, byte[] data, List<byte[]> blobs) {
    public PostedBatch {
      data = data.clone();
      blobs = blobs.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> blobs() {
      return blobs.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /**
   * What one L1 block gives the L2, and the batches among it with their inbox indices. {@code
   * complete} is false when a blob batch's data is not served (withheld or pruned): derivation must
   * wait, not skip it.
   */
  public record Read(L1Block block, List<PostedBatch> batches, boolean complete) {
    public Read {
      batches = List.copyOf(batches);
    }
  }

  public io.rampart.l1.core.Address inbox() {
    return inbox;
  }

  public io.rampart.l1.core.Address bridge() {
    return bridge;
  }

  /** Reads calldata batches only (blob batches need the blob store: see the other overload). */
  public L1Block read(Block block) {
    return readWithBatches(block, h -> new BlobLookup.Unknown()).block();
  }

  /** Reads calldata and blob batches; blob data comes from {@code blobs} (the L1's blob store). */
  public Read readWithBatches(Block block, Function<Bytes32, BlobLookup> blobs) {
    boolean complete = true;
    List<L1Item> items = new ArrayList<>();
    List<PostedBatch> batches = new ArrayList<>();
    for (int i = 0; i < block.receipts().size(); i++) {
      Receipt r = block.receipts().get(i);
      if (!r.succeeded()) {
        continue;
      }
      L1Tx tx = block.transactions().get(i);
      for (Log log : r.logs()) {
        var batch = Inbox.BatchEvent.from(log, inbox);
        if (batch.isPresent() && tx.call() instanceof Inbox.PostBatch pb) {
          batches.add(
              new PostedBatch(
                  batch.get().index(), block.number(), items.size(), pb.data(), List.of()));
          items.add(new L1Item.BatchPosted(pb.data()));
        }
        if (batch.isPresent() && batch.get().kind() == Inbox.KIND_BLOBS) {
          List<byte[]> data = new ArrayList<>();
          for (Bytes32 h : batch.get().blobHashes()) {
            if (blobs.apply(h) instanceof BlobLookup.Available(byte[] d)) {
              data.add(d);
            }
          }
          if (data.size() < batch.get().blobHashes().size()) {
            complete = false;
            continue;
          }
          ByteArrayOutputStream joined = new ByteArrayOutputStream();
          data.forEach(joined::writeBytes);
          batches.add(
              new PostedBatch(
                  batch.get().index(), block.number(), items.size(), joined.toByteArray(), data));
          items.add(new L1Item.BatchPosted(joined.toByteArray()));
        }
        Bridge.DepositEvent.from(log, bridge)
            .ifPresent(
                d ->
                    items.add(
                        new L1Item.DepositMade(
                            new L2Tx.Deposit(
                                d.id(), block.number(), toL2(d.l2Recipient()), d.amountGwei()))));
        Inbox.ForcedTxEvent.from(log, inbox)
            .ifPresent(
                f ->
                    items.add(
                        new L1Item.ForcedSubmitted(
                            new L2Tx.Forced(
                                f.index(),
                                block.number(),
                                f.deadline() / slotSeconds + 1,
                                f.l2Transaction()))));
      }
    }
    return new Read(new L1Block(block.number(), items), batches, complete);
  }

  public static Address toL2(io.rampart.l1.core.Address a) {
    return Address.fromBytes(a.toArray()).orElseThrow();
  }

  public static io.rampart.l1.core.Address toL1(Address a) {
    return io.rampart.l1.core.Address.wrap(a.toBytes());
  }
}
