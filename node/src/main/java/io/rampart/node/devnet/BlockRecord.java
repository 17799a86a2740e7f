package io.rampart.node.devnet;

import io.rampart.chain.store.StoredBlock;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sealed L2 block as the RPC shows it. The block hash is this node's own commitment: Keccak-256
 * of {@code parentHash || number || timestamp || l1Origin || stateRoot || keccak(txHashes)}
 * (numbers as 8 big-endian bytes). Immutable once built.
 */
public final class BlockRecord {
  /** First byte of the system-transaction encoding (deposits and forced transactions). */
  public static final byte SYSTEM_TX_TYPE = 0x7e;

  private final long number;
  private final Bytes32 hash;
  private final Bytes32 parentHash;
  private final long timestamp;
  private final long l1Origin;
  private final Bytes32 stateRoot;
  private final List<Bytes32> txHashes;
  private final List<byte[]> raws;
  private volatile Map<Bytes32, Integer> positions;

  public BlockRecord(Bytes32 parentHash, StoredBlock b) {
    this.number = b.number();
    this.parentHash = parentHash;
    this.timestamp = b.timestamp();
    this.l1Origin = b.l1Origin();
    this.stateRoot = b.stateRoot();
    this.txHashes = b.txHashes();
    this.raws = b.rawTxs();
    this.hash = hashOf(parentHash, number, timestamp, l1Origin, stateRoot, txHashes);
  }

  static Bytes32 hashOf(
      Bytes32 parent, long number, long ts, long origin, Bytes32 root, List<Bytes32> txs) {
    byte[] all = new byte[32 * txs.size()];
    for (int i = 0; i < txs.size(); i++) {
      txs.get(i).copyTo(all, 32 * i);
    }
    ByteBuffer bb = ByteBuffer.allocate(32 + 24 + 32 + 32);
    bb.put(parent.toArray()).putLong(number).putLong(ts).putLong(origin).put(root.toArray());
    bb.put(Keccak256.digest(all).toArray());
    return Keccak256.digest(bb.array());
  }

  public long number() {
    return number;
  }

  public Bytes32 hash() {
    return hash;
  }

  public Bytes32 parentHash() {
    return parentHash;
  }

  public long timestamp() {
    return timestamp;
  }

  public long l1Origin() {
    return l1Origin;
  }

  public Bytes32 stateRoot() {
    return stateRoot;
  }

  public List<Bytes32> txHashes() {
    return txHashes;
  }

  public byte[] raw(int i) {
    return raws.get(i);
  }

  public static boolean isSystem(byte[] raw) {
    return raw.length > 0 && raw[0] == SYSTEM_TX_TYPE;
  }

  /** Gas of the block: 21,000 per user transfer; system transactions use no L2 gas. */
  public long gasUsed() {
    long g = 0;
    for (byte[] r : raws) {
      if (!isSystem(r)) {
        g += 21_000;
      }
    }
    return g;
  }

  /** Gas of the first {@code i + 1} transactions. */
  public long cumulativeGas(int i) {
    long g = 0;
    for (int k = 0; k <= i; k++) {
      if (!isSystem(raws.get(k))) {
        g += 21_000;
      }
    }
    return g;
  }

  /** Position of a transaction in this block, or -1. */
  public int indexOf(Bytes32 txHash) {
    Map<Bytes32, Integer> p = positions;
    if (p == null) {
      p = new HashMap<>(txHashes.size() * 2);
      for (int i = 0; i < txHashes.size(); i++) {
        p.put(txHashes.get(i), i);
      }
      positions = p;
    }
    return p.getOrDefault(txHash, -1);
  }

  public int size() {
    return txHashes.size();
  }
}
