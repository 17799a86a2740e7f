package io.rampart.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.world.store.InMemoryKvStore;
import org.junit.jupiter.api.Test;

class KvStoreTest {
  @Test
  void prefixScansAreSortedAndValuesAreCopied() {
    InMemoryKvStore s = new InMemoryKvStore();
    byte[] v = {1, 2};
    s.put("b/2", v);
    s.put("a/1", v);
    s.put("b/1", v);
    s.put("c", v);
    v[0] = 9;
    assertThat(s.keys("b/")).containsExactly("b/1", "b/2");
    assertThat(s.get("a/1").orElseThrow()).containsExactly(1, 2);
    s.get("a/1").orElseThrow()[0] = 7;
    assertThat(s.get("a/1").orElseThrow()).containsExactly(1, 2);
    s.putLong("n", -5);
    assertThat(s.getLong("n", 0)).isEqualTo(-5);
    assertThat(s.getLong("missing", 42)).isEqualTo(42);
    s.delete("c");
    assertThat(s.get("c")).isEmpty();
    assertThat(s.size()).isEqualTo(4);
  }
}
