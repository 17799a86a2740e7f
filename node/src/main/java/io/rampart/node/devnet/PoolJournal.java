package io.rampart.node.devnet;

import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.state.StateView;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.chain.store.WriteBatch;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pool journal, kept by admission group: every group of submissions the sequencer admits
 * together is one entry ({@link NodeKeys#journalGroup}) holding the signed bytes of the
 * transactions it added, written with the group's synced write before any of them is acknowledged.
 * In memory it knows which group holds each pooled transaction and how many of each group's
 * transactions are still pooled.
 *
 * <p>An entry always holds every pooled transaction of its group; it may also hold some that a
 * block included (replay rejects those, their nonce being spent). When a transaction leaves the
 * pool otherwise (replaced, evicted, dropped at execution) its group is rewritten without it, and a
 * group with nothing left pooled is deleted, in the write of the group or block that made the
 * change, so the journal replays exactly the pool. Used by the sequencer thread only.
 */
final class PoolJournal {
  private static final class Group {
    final long id;
    final List<L2Tx.UserTx> txs = new ArrayList<>();
    int live;

    Group(long id) {
      this.id = id;
    }
  }

  private final Map<Bytes32, Group> groupOf = new HashMap<>();
  private final Set<Group> changed = new LinkedHashSet<>();
  private long nextId;
  private Group open;

  /** {@code nextId}: above every group id in the store. */
  PoolJournal(long nextId) {
    this.nextId = nextId;
  }

  /** How many pooled transactions the journal holds. */
  int size() {
    return groupOf.size();
  }

  /** A transaction the pool took, for the group being admitted. */
  void added(L2Tx.UserTx tx) {
    if (open == null) {
      open = new Group(nextId++);
    }
    adopt(open, tx);
  }

  private void adopt(Group g, L2Tx.UserTx tx) {
    Group before = groupOf.put(tx.hash(), g);
    if (before != null) { // already held: admission never takes a pooled hash twice
      throw new IllegalStateException("transaction " + tx.hash() + " journaled twice");
    }
    g.txs.add(tx);
    g.live++;
  }

  /**
   * A transaction left the pool. Included in a block, its group's entry may keep it; otherwise the
   * entry is rewritten without it at the next {@link #flush}.
   */
  void left(Bytes32 hash, boolean included) {
    Group g = groupOf.remove(hash);
    if (g == null) {
      return;
    }
    g.live--;
    if (!included) {
      g.txs.removeIf(tx -> tx.hash().equals(hash)); // it may come back into this same group
    }
    if (!included || g.live == 0) {
      changed.add(g);
    }
  }

  /**
   * After a block: every included user transaction that is no longer pooled left by inclusion; any
   * other journaled transaction the pool no longer holds was dropped. The journal then holds
   * exactly the pool.
   */
  void sealed(List<L2Tx> txs, Mempool pool) {
    for (L2Tx tx : txs) {
      if (tx instanceof L2Tx.UserTx && !pool.contains(tx.hash())) {
        left(tx.hash(), true);
      }
    }
    if (groupOf.size() == pool.size()) {
      return; // every pooled transaction is journaled, so these are the same set
    }
    List<Bytes32> dropped = new ArrayList<>();
    for (Iterator<Bytes32> it = groupOf.keySet().iterator(); it.hasNext(); ) {
      Bytes32 h = it.next();
      if (!pool.contains(h)) {
        dropped.add(h);
      }
    }
    dropped.forEach(h -> left(h, false));
  }

  /**
   * Adds to {@code wb} the open group's entry and the rewrite or deletion of every group changed
   * since the last flush.
   */
  void flush(WriteBatch wb) {
    if (open != null) {
      changed.add(open);
      open = null;
    }
    for (Group g : changed) {
      byte[] key = NodeKeys.journalGroup(g.id);
      if (g.live == 0) {
        wb.delete(key);
      } else {
        List<byte[]> raws = new ArrayList<>(g.live);
        g.txs.removeIf(tx -> groupOf.get(tx.hash()) != g);
        for (L2Tx.UserTx tx : g.txs) {
          raws.add(tx.signed().encoded());
        }
        wb.put(key, encode(raws));
      }
    }
    changed.clear();
  }

  /**
   * Re-admits every journaled transaction into {@code pool} (sender by sender in nonce order, each
   * sender's in the order they were admitted), and makes the store's journal exactly what the pool
   * took back: a group that lost a transaction (included, or not taken again) is rewritten, an
   * empty one deleted, in one synced write. Entries of the former layout (one per transaction) are
   * taken into one new group.
   */
  static PoolJournal replay(KeyValueStore kv, Mempool pool, StateView state) {
    List<byte[]> raws = new ArrayList<>();
    List<Long> owner = new ArrayList<>();
    Map<Long, Integer> stored = new LinkedHashMap<>();
    List<byte[]> legacy = new ArrayList<>();
    long[] maxId = {-1};
    kv.scan(
        NodeKeys.journalPrefix(),
        (k, v) -> {
          if (k.length == NodeKeys.JOURNAL_GROUP_KEY) {
            long id = NodeKeys.readLong(Arrays.copyOfRange(k, 1, k.length));
            maxId[0] = Math.max(maxId[0], id);
            List<byte[]> rs = decode(v);
            stored.put(id, rs.size());
            for (byte[] r : rs) {
              raws.add(r);
              owner.add(id);
            }
          } else {
            legacy.add(k);
            raws.add(v);
            owner.add(-1L);
          }
        });
    PoolJournal j = new PoolJournal(maxId[0] + 1);
    if (raws.isEmpty()) {
      return j;
    }
    long migrated = j.nextId++;
    List<Checked> checked = pool.checkAll(raws);
    List<Integer> ok = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      if (checked.get(i) instanceof Checked.Ok) {
        ok.add(i);
      }
    }
    ok.sort( // stable: a sender's transactions of one nonce stay in admission order
        Comparator.comparing((Integer i) -> ((Checked.Ok) checked.get(i)).tx().sender())
            .thenComparingLong(i -> ((Checked.Ok) checked.get(i)).tx().nonce()));
    List<AdmitResult> rs = pool.admitChecked(ok.stream().map(checked::get).toList(), state);
    Map<Long, Group> groups = new HashMap<>();
    for (int i = 0; i < rs.size(); i++) {
      long id = owner.get(ok.get(i));
      Group g = groups.computeIfAbsent(id < 0 ? migrated : id, Group::new);
      switch (rs.get(i)) {
        case AdmitResult.Added a -> {
          j.adopt(g, a.tx());
          a.evicted().ifPresent(e -> j.left(e.hash(), false));
        }
        case AdmitResult.Replaced rp -> {
          j.adopt(g, rp.tx());
          j.left(rp.replaced().hash(), false);
        }
        case AdmitResult.Rejected r -> {}
      }
    }
    WriteBatch wb = new WriteBatch();
    legacy.forEach(wb::delete);
    for (Map.Entry<Long, Integer> e : stored.entrySet()) {
      Group g = groups.get(e.getKey());
      if (g == null) {
        wb.delete(NodeKeys.journalGroup(e.getKey()));
      } else if (g.live != e.getValue()) {
        j.changed.add(g);
      }
    }
    Group m = groups.get(migrated);
    if (m != null && m.live > 0) {
      j.changed.add(m);
    }
    j.flush(wb);
    if (wb.size() > 0) {
      kv.write(wb);
    }
    return j;
  }

  static byte[] encode(List<byte[]> raws) {
    int n = 0;
    for (byte[] r : raws) {
      n += 4 + r.length;
    }
    ByteBuffer bb = ByteBuffer.allocate(n);
    for (byte[] r : raws) {
      bb.putInt(r.length).put(r);
    }
    return bb.array();
  }

  /** The raws of one entry; a malformed entry is a broken store. */
  static List<byte[]> decode(byte[] value) {
    List<byte[]> out = new ArrayList<>();
    ByteBuffer bb = ByteBuffer.wrap(value);
    while (bb.hasRemaining()) {
      if (bb.remaining() < 4) {
        throw new IllegalStateException("malformed pool journal entry");
      }
      int len = bb.getInt();
      if (len < 0 || len > bb.remaining()) {
        throw new IllegalStateException("malformed pool journal entry");
      }
      byte[] r = new byte[len];
      bb.get(r);
      out.add(r);
    }
    return out;
  }
}
