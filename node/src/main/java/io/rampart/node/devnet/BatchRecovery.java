package io.rampart.node.devnet;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchBuilder;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.StoredBlock;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.SystemTxCodec;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpDecodeResult;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * After a crash, the blocks sealed since the last closed batch are in no batch (the open batch
 * lived in memory), and derivation from L1 would stop before them. At start this rebuilds their
 * batches from the stored blocks: it replays the chain from genesis to recover each block's
 * receipts (which the batch encoding needs), checks every state root against the stored one, and
 * closes one batch per run of sequencer blocks. A block holding a forced transaction was made by
 * derivation itself (the sequencer only seals those at a forced deadline) and goes in no batch.
 */
final class BatchRecovery {
  private BatchRecovery() {}

  /** The batches to store and post, in order (empty when every block is in a batch). */
  static List<byte[]> rebuild(
      ChainStore store, ChainConfig cfg, Ecdsa ecdsa, long head, long storedBatches) {
    long from = 0;
    if (storedBatches > 0) {
      byte[] last = store.batch(storedBatches - 1).orElseThrow();
      if (!(BatchCodec.decode(last, cfg.chainId()) instanceof BatchDecodeResult.Decoded(Batch b))) {
        throw new IllegalStateException("stored batch " + (storedBatches - 1) + " does not decode");
      }
      from = b.firstBlock() + b.blocks().size();
    }
    List<byte[]> out = new ArrayList<>();
    if (from > head) {
      return out;
    }
    WorldState world = new WorldState(cfg.hasher());
    BatchBuilder open = null;
    for (long n = 0; n <= head; n++) {
      StoredBlock sb = store.block(n).orElseThrow();
      BlockBuilder b = new BlockBuilder(cfg, world, ecdsa);
      boolean forced = false;
      for (byte[] raw : sb.rawTxs()) {
        L2Tx tx = decode(cfg, ecdsa, raw);
        forced |= tx instanceof L2Tx.Forced;
        b.add(tx);
      }
      var root = world.apply(b.diff());
      if (!root.equals(sb.stateRoot())) {
        throw new IllegalStateException("replaying block " + n + " gives another state root");
      }
      if (n < from) {
        continue;
      }
      if (forced) {
        open = close(open, out);
      } else {
        if (open == null) {
          open = new BatchBuilder(cfg.chainId(), n, sb.timestamp());
        }
        open.add(new L2Block(n, sb.timestamp(), sb.l1Origin(), b.txs(), b.receipts(), root));
      }
    }
    close(open, out);
    return out;
  }

  private static BatchBuilder close(BatchBuilder open, List<byte[]> out) {
    if (open != null && open.blockCount() > 0) {
      out.add(BatchCodec.encode(open.build()));
    }
    return null;
  }

  /** A stored transaction: a signed user transfer, or a system transaction (0x7e ‖ rlp). */
  static L2Tx decode(ChainConfig cfg, Ecdsa ecdsa, byte[] raw) {
    if (raw.length > 0 && (raw[0] & 0xff) == SystemTxCodec.TYPE) {
      if (Rlp.decode(Arrays.copyOfRange(raw, 1, raw.length))
          instanceof RlpDecodeResult.Decoded(RlpList l)) {
        long kind = num(l, 0);
        if (kind == 1) {
          Address to = Address.fromBytes(((RlpString) l.get(3)).toArray()).orElseThrow();
          return new L2Tx.Deposit(num(l, 1), num(l, 2), to, num(l, 4));
        }
        if (kind == 2) {
          return new L2Tx.Forced(num(l, 1), num(l, 2), num(l, 3), ((RlpString) l.get(4)).toArray());
        }
      }
      throw new IllegalStateException("stored system transaction does not decode");
    }
    if (TxChecks.check(cfg, raw, ecdsa) instanceof Checked.Ok(L2Tx.UserTx u)) {
      return u;
    }
    throw new IllegalStateException("stored transaction does not decode");
  }

  private static long num(RlpList l, int i) {
    return ((RlpString) l.get(i)).toUnsignedBigInteger().longValue();
  }
}
