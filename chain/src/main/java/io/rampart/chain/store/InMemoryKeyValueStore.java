package io.rampart.chain.store;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** A {@link KeyValueStore} in a sorted map; atomic per batch, gone when the object is. */
public final class InMemoryKeyValueStore implements KeyValueStore {
  private final TreeMap<byte[], byte[]> map = new TreeMap<>(Arrays::compareUnsigned);
  private boolean closed;

  @Override
  public Optional<byte[]> get(byte[] key) {
    check();
    byte[] v = map.get(key);
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  @Override
  public void write(WriteBatch batch) {
    check();
    for (WriteBatch.Op op : batch.ops()) {
      if (op.value() == null) {
        map.remove(op.key());
      } else {
        map.put(op.key(), op.value());
      }
    }
  }

  @Override
  public void scan(byte[] prefix, BiConsumer<byte[], byte[]> visitor) {
    check();
    for (Map.Entry<byte[], byte[]> e : map.tailMap(prefix, true).entrySet()) {
      if (!startsWith(e.getKey(), prefix)) {
        break;
      }
      visitor.accept(e.getKey().clone(), e.getValue().clone());
    }
  }

  static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  private void check() {
    if (closed) {
      throw new IllegalStateException("store is closed");
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
