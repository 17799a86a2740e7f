package io.rampart.chain.store;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.Withdrawal;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.SystemTxCodec;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.hash.Hasher;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Blocks, transactions, posted batches and state on a {@link KeyValueStore}. {@link #commitBlock}
 * writes a block, its transaction index entries, every changed account and withdrawal, and the new
 * head in one atomic batch, so the store always holds the state after some whole block. {@link
 * #load} rebuilds the world state from the stored accounts and checks it against the head's root.
 */
public final class ChainStore {
  private final KeyValueStore kv;

  public ChainStore(KeyValueStore kv) {
    this.kv = kv;
  }

  /** The head: next block number, last timestamp and L1 origin, and the state root. */
  public record Head(long nextBlock, long lastTimestamp, long lastOrigin, Bytes32 stateRoot) {}

  public Optional<Head> head() {
    return kv.get(Keys.head())
        .map(
            b -> {
              ByteBuffer bb = ByteBuffer.wrap(b);
              long next = bb.getLong();
              long ts = bb.getLong();
              long origin = bb.getLong();
              byte[] root = new byte[32];
              bb.get(root);
              return new Head(next, ts, origin, Bytes32.adopt(root));
            });
  }

  /** Atomically stores {@code block} with the state changes {@code diff} that produced it. */
  public void commitBlock(L2Block block, StateDiff diff) {
    commitBlock(block, diff, new WriteBatch());
  }

  /**
   * Like {@link #commitBlock(L2Block, StateDiff)}, with the caller's own operations {@code extra}
   * (keys outside this store's prefixes) in the same atomic write.
   */
  public void commitBlock(L2Block block, StateDiff diff, WriteBatch extra) {
    commitBlock(block, diff, extra, true);
  }

  /**
   * Like {@link #commitBlock(L2Block, StateDiff, WriteBatch)}; with {@code durable} false the write
   * is atomic but not synced ({@link KeyValueStore#writeUnsynced}): a crash of the machine before
   * the next synced write may lose it, with every write after it, never a part of it.
   */
  public void commitBlock(L2Block block, StateDiff diff, WriteBatch extra, boolean durable) {
    WriteBatch wb = extra;
    for (int i = 0; i < diff.indices().length; i++) {
      wb.put(Keys.withInt(Keys.ACCOUNT, diff.indices()[i]), accountValue(diff.accounts()[i]));
    }
    for (Withdrawal w : diff.withdrawals()) {
      byte[] v = new byte[28];
      w.owner().copyTo(v, 0);
      ByteBuffer.wrap(v, 20, 8).putLong(w.amountGwei());
      wb.put(Keys.withLong(Keys.WITHDRAWAL, w.index()), v);
    }
    byte[] number = ByteBuffer.allocate(8).putLong(block.number()).array();
    for (L2Tx tx : block.txs()) {
      wb.put(Keys.withBytes(Keys.TX, tx.hash().toArray()), number);
    }
    wb.put(Keys.withLong(Keys.BLOCK, block.number()), encodeBlock(block));
    ByteBuffer head = ByteBuffer.allocate(56);
    head.putLong(block.number() + 1).putLong(block.timestamp()).putLong(block.l1Origin());
    head.put(block.stateRoot().toArray());
    wb.put(Keys.head(), head.array());
    if (durable) {
      kv.write(wb);
    } else {
      kv.writeUnsynced(wb);
    }
  }

  /** Stores the bytes of a posted batch under its sequence number. */
  public void putBatch(long seq, byte[] data) {
    kv.write(new WriteBatch().put(Keys.withLong(Keys.BATCH, seq), data));
  }

  public Optional<byte[]> batch(long seq) {
    return kv.get(Keys.withLong(Keys.BATCH, seq));
  }

  /** The block that holds the transaction with this hash, if stored. */
  public Optional<Long> blockOf(Bytes32 txHash) {
    return kv.get(Keys.withBytes(Keys.TX, txHash.toArray())).map(b -> ByteBuffer.wrap(b).getLong());
  }

  public Optional<StoredBlock> block(long number) {
    return kv.get(Keys.withLong(Keys.BLOCK, number)).map(ChainStore::decodeBlock);
  }

  /**
   * Rebuilds the world state from stored accounts and withdrawals (one batched tree build) and
   * checks it against the head's root; an empty store gives the empty state.
   */
  public WorldState load(Hasher hasher) {
    WorldState w = new WorldState(hasher);
    List<Account> accounts = new ArrayList<>();
    kv.scan(
        Keys.prefix(Keys.ACCOUNT),
        (k, v) -> {
          int idx = ByteBuffer.wrap(k, 1, 4).getInt();
          if (idx != accounts.size()) {
            throw new IllegalStateException("account index " + idx + " out of sequence");
          }
          ByteBuffer bb = ByteBuffer.wrap(v);
          byte[] a = new byte[20];
          bb.get(a);
          accounts.add(new Account(Address.fromBytes(a).orElseThrow(), bb.getLong(), bb.getLong()));
        });
    List<Withdrawal> ws = new ArrayList<>();
    kv.scan(
        Keys.prefix(Keys.WITHDRAWAL),
        (k, v) -> {
          long idx = ByteBuffer.wrap(k, 1, 8).getLong();
          byte[] a = new byte[20];
          ByteBuffer bb = ByteBuffer.wrap(v);
          bb.get(a);
          ws.add(new Withdrawal(idx, Address.fromBytes(a).orElseThrow(), bb.getLong()));
        });
    int[] idx = new int[accounts.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    w.apply(new StateDiff(idx, accounts.toArray(new Account[0]), ws));
    Optional<Head> h = head();
    if (h.isPresent() && !h.get().stateRoot().equals(w.root())) {
      throw new IllegalStateException(
          "stored state root " + w.root() + " differs from head " + h.get().stateRoot());
    }
    return w;
  }

  private static byte[] accountValue(Account a) {
    byte[] v = new byte[36];
    a.address().copyTo(v, 0);
    ByteBuffer.wrap(v, 20, 16).putLong(a.nonce()).putLong(a.balanceGwei());
    return v;
  }

  static byte[] raw(L2Tx tx) {
    return switch (tx) {
      case L2Tx.UserTx u -> u.signed().encoded();
      case L2Tx.Deposit d -> SystemTxCodec.encode(d);
      case L2Tx.Forced f -> SystemTxCodec.encode(f);
    };
  }

  private static byte[] encodeBlock(L2Block b) {
    List<byte[]> raws = new ArrayList<>(b.txs().size());
    int len = 8 * 3 + 32 + 4;
    for (L2Tx tx : b.txs()) {
      byte[] r = raw(tx);
      raws.add(r);
      len += 4 + 32 + r.length;
    }
    ByteBuffer bb = ByteBuffer.allocate(len);
    bb.putLong(b.number()).putLong(b.timestamp()).putLong(b.l1Origin());
    bb.put(b.stateRoot().toArray()).putInt(raws.size());
    for (int i = 0; i < raws.size(); i++) {
      bb.put(b.txs().get(i).hash().toArray()).putInt(raws.get(i).length).put(raws.get(i));
    }
    return bb.array();
  }

  private static StoredBlock decodeBlock(byte[] v) {
    ByteBuffer bb = ByteBuffer.wrap(v);
    long number = bb.getLong();
    long ts = bb.getLong();
    long origin = bb.getLong();
    byte[] root = new byte[32];
    bb.get(root);
    int n = bb.getInt();
    List<Bytes32> hashes = new ArrayList<>(n);
    List<byte[]> raws = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[32];
      bb.get(h);
      hashes.add(Bytes32.adopt(h));
      byte[] r = new byte[bb.getInt()];
      bb.get(r);
      raws.add(r);
    }
    return new StoredBlock(number, ts, origin, Bytes32.adopt(root), hashes, raws);
  }
}
