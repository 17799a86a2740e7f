package io.rampart.node.devnet;

import io.rampart.chain.state.Account;
import io.rampart.chain.store.ChainStore;
import io.rampart.chain.store.KeyValueStore;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What RPC threads read, published by the sequencer thread after each block. Thread-safe,
 * lock-free.
 *
 * <p>Consistency: the sequencer writes a block's accounts and the block itself before it moves the
 * head, and every lookup ignores blocks above the head, so any block, transaction or receipt a
 * reader can reach from the head is complete. An account read sees the account after some whole
 * block (never a half-applied one); two reads may see different blocks.
 */
public final class ChainReader {
  private static final int RECENT = 256;

  private final ChainStore store;
  private final KeyValueStore kv;
  private final ConcurrentHashMap<Address, Account> accounts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, BlockRecord> recent = new ConcurrentHashMap<>();
  private volatile BlockRecord head;
  private volatile long batchCount;

  ChainReader(ChainStore store, KeyValueStore kv) {
    this.store = store;
    this.kv = kv;
  }

  /** Where a transaction sits: its block and position. */
  public record TxLocation(BlockRecord block, int index) {}

  public BlockRecord head() {
    return head;
  }

  public Optional<Account> account(Address a) {
    return Optional.ofNullable(accounts.get(a));
  }

  /** Block {@code n} if it is at or below the head. */
  public Optional<BlockRecord> block(long n) {
    BlockRecord h = head;
    if (n < 0 || n > h.number()) {
      return Optional.empty();
    }
    BlockRecord r = recent.get(n);
    if (r != null) {
      return Optional.of(r);
    }
    Bytes32 parent =
        n == 0
            ? Bytes32.ZERO
            : kv.get(NodeKeys.hashOfNumber(n - 1)).map(Bytes32::wrap).orElse(Bytes32.ZERO);
    return store.block(n).map(b -> new BlockRecord(parent, b));
  }

  /** Batches closed and stored so far (numbered from 0). */
  public long batchCount() {
    return batchCount;
  }

  public Optional<byte[]> batch(long seq) {
    return seq < 0 || seq >= batchCount ? Optional.empty() : store.batch(seq);
  }

  /** The withdrawal index a sealed withdrawal transaction created. */
  public Optional<Long> withdrawalIndexOf(Bytes32 txHash) {
    return locate(txHash)
        .flatMap(l -> kv.get(NodeKeys.withdrawalOf(txHash)))
        .map(NodeKeys::readLong);
  }

  public Optional<BlockRecord> blockByHash(Bytes32 hash) {
    return kv.get(NodeKeys.numberOfHash(hash)).map(NodeKeys::readLong).flatMap(this::block);
  }

  public Optional<TxLocation> locate(Bytes32 txHash) {
    return store
        .blockOf(txHash)
        .flatMap(this::block)
        .flatMap(
            b -> {
              int i = b.indexOf(txHash);
              return i < 0 ? Optional.empty() : Optional.of(new TxLocation(b, i));
            });
  }

  // ---- written by the sequencer thread only ----

  void putAccount(Account a) {
    accounts.put(a.address(), a);
  }

  void publish(BlockRecord b, long batches) {
    batchCount = batches;
    recent.put(b.number(), b);
    recent.remove(b.number() - RECENT);
    head = b;
  }
}
