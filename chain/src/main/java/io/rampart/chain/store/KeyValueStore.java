package io.rampart.chain.store;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A small ordered key-value store. Keys compare as unsigned bytes. {@link #write} applies a whole
 * batch atomically: after a crash either all of it or none of it is visible. Implementations are
 * used by one thread at a time.
 */
public interface KeyValueStore extends AutoCloseable {

  Optional<byte[]> get(byte[] key);

  /** Applies every operation of {@code batch} atomically and, for persistent stores, durably. */
  void write(WriteBatch batch);

  /**
   * Applies {@code batch} atomically, durable once a later {@link #write} returns. A crash of the
   * process loses nothing; a crash of the machine before that later write may lose this batch
   * together with every write after it, never an earlier one and never a part of it (writes become
   * durable in order). Stores without that distinction write durably, as {@link #write} does.
   */
  default void writeUnsynced(WriteBatch batch) {
    write(batch);
  }

  /** Visits every entry whose key starts with {@code prefix}, in key order. */
  void scan(byte[] prefix, BiConsumer<byte[], byte[]> visitor);

  @Override
  void close();
}
