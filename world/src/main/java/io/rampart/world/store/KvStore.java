package io.rampart.world.store;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * A small key-value store: what an actor keeps across crashes. Keys iterate in their natural
 * (string) order, so scans are deterministic. Values are copied in and out.
 */
public interface KvStore {

  Optional<byte[]> get(String key);

  void put(String key, byte[] value);

  void delete(String key);

  /** Keys starting with {@code prefix}, in ascending order. */
  List<String> keys(String prefix);

  default long getLong(String key, long absent) {
    return get(key).map(v -> ByteBuffer.wrap(v).getLong()).orElse(absent);
  }

  default void putLong(String key, long value) {
    put(key, ByteBuffer.allocate(8).putLong(value).array());
  }
}
