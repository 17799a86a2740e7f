package io.rampart.node.devnet;

import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Deposits and forced transactions queued for the next block, kept durable until a block includes
 * them: {@code Q} + kind + id holds the transaction, {@code Nd} / {@code Nf} the next ids. Deposits
 * encode as {@code l1Block(8) to(20) amountGwei(8)}, forced transactions as {@code l1Block(8)
 * deadline(8) raw}.
 */
final class SystemJournal {
  private static final byte DEPOSIT = 'd';
  private static final byte FORCED = 'f';

  private SystemJournal() {}

  static byte[] key(L2Tx tx) {
    return switch (tx) {
      case L2Tx.Deposit d -> key(DEPOSIT, d.id());
      case L2Tx.Forced f -> key(FORCED, f.id());
      case L2Tx.UserTx u -> throw new IllegalArgumentException("not a system transaction");
    };
  }

  private static byte[] key(byte kind, long id) {
    return ByteBuffer.allocate(10).put((byte) 'Q').put(kind).putLong(id).array();
  }

  static byte[] counterKey(boolean deposit) {
    return new byte[] {'N', deposit ? DEPOSIT : FORCED};
  }

  static byte[] value(L2Tx tx) {
    return switch (tx) {
      case L2Tx.Deposit d ->
          ByteBuffer.allocate(36)
              .putLong(d.l1Block())
              .put(d.to().toBytes())
              .putLong(d.amountGwei())
              .array();
      case L2Tx.Forced f -> {
        byte[] raw = f.raw();
        yield ByteBuffer.allocate(16 + raw.length)
            .putLong(f.l1Block())
            .putLong(f.deadline())
            .put(raw)
            .array();
      }
      case L2Tx.UserTx u -> throw new IllegalArgumentException("not a system transaction");
    };
  }

  /** Re-queues every journaled system transaction (deposits, then forced, each in id order). */
  static void replay(KeyValueStore kv, SystemQueue queue) {
    List<L2Tx> all = new ArrayList<>();
    kv.scan(
        new byte[] {'Q'},
        (k, v) -> {
          ByteBuffer kb = ByteBuffer.wrap(k, 1, 9);
          byte kind = kb.get();
          long id = kb.getLong();
          ByteBuffer vb = ByteBuffer.wrap(v);
          long l1Block = vb.getLong();
          if (kind == DEPOSIT) {
            byte[] to = new byte[20];
            vb.get(to);
            all.add(
                new L2Tx.Deposit(id, l1Block, Address.fromBytes(to).orElseThrow(), vb.getLong()));
          } else {
            long deadline = vb.getLong();
            byte[] raw = new byte[vb.remaining()];
            vb.get(raw);
            all.add(new L2Tx.Forced(id, l1Block, deadline, raw));
          }
        });
    for (L2Tx t : all) {
      switch (t) {
        case L2Tx.Deposit d -> queue.add(d);
        case L2Tx.Forced f -> queue.add(f);
        case L2Tx.UserTx u -> throw new IllegalStateException();
      }
    }
  }

  static long nextId(KeyValueStore kv, boolean deposit) {
    return kv.get(counterKey(deposit)).map(NodeKeys::readLong).orElse(0L);
  }

  /** The deadlines of the journaled (queued, not yet included) forced transactions. */
  static List<Long> forcedDeadlines(KeyValueStore kv) {
    List<Long> out = new ArrayList<>();
    kv.scan(new byte[] {'Q', FORCED}, (k, v) -> out.add(ByteBuffer.wrap(v, 8, 8).getLong()));
    return out;
  }
}
