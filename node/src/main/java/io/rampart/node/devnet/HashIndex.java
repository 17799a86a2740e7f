package io.rampart.node.devnet;

import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.chain.store.StoredBlock;
import io.rampart.chain.store.WriteBatch;
import io.rampart.crypto.Bytes32;
import java.util.Optional;

/**
 * The block hash index ({@code number <-> hash}) is written with each block, in the same atomic
 * write; genesis is indexed on first start. {@link #recover} indexes any block up to the head that
 * lacks it and returns the head.
 */
final class HashIndex {
  private HashIndex() {}

  /** Ensures blocks up to {@code head} are indexed and returns the head block. */
  static BlockRecord recover(ChainStore store, KeyValueStore kv, long head) {
    long n = head;
    while (n >= 0 && kv.get(NodeKeys.hashOfNumber(n)).isEmpty()) {
      n--;
    }
    Bytes32 parent =
        n < 0 ? Bytes32.ZERO : n == 0 ? Bytes32.ZERO : hashAt(kv, n - 1).orElse(Bytes32.ZERO);
    BlockRecord rec = null;
    for (long k = Math.max(n, 0); k <= head; k++) {
      StoredBlock b =
          store.block(k).orElseThrow(() -> new IllegalStateException("block missing from store"));
      rec = new BlockRecord(parent, b);
      if (k > n) {
        kv.write(
            new WriteBatch()
                .put(NodeKeys.hashOfNumber(k), rec.hash().toArray())
                .put(NodeKeys.numberOfHash(rec.hash()), NodeKeys.longValue(k)));
      }
      parent = rec.hash();
    }
    return rec;
  }

  private static Optional<Bytes32> hashAt(KeyValueStore kv, long n) {
    return kv.get(NodeKeys.hashOfNumber(n)).map(Bytes32::wrap);
  }
}
