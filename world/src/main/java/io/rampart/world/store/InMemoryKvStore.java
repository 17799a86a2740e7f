package io.rampart.world.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The simulation's store: a sorted map in memory. Not thread-safe (the world is one thread). */
public final class InMemoryKvStore implements KvStore {
  private final TreeMap<String, byte[]> map = new TreeMap<>();

  @Override
  public Optional<byte[]> get(String key) {
    byte[] v = map.get(key);
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  @Override
  public void put(String key, byte[] value) {
    map.put(key, value.clone());
  }

  @Override
  public void delete(String key) {
    map.remove(key);
  }

  @Override
  public List<String> keys(String prefix) {
    List<String> out = new ArrayList<>();
    for (String k : map.tailMap(prefix, true).keySet()) {
      if (!k.startsWith(prefix)) {
        break;
      }
      out.add(k);
    }
    return out;
  }

  public int size() {
    return map.size();
  }
}
