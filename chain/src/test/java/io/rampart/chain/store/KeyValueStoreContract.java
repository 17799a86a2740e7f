package io.rampart.chain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link KeyValueStore} must have; one subclass per implementation. */
abstract class KeyValueStoreContract {
  protected KeyValueStore store;

  /** A fresh, empty store. */
  protected abstract KeyValueStore create();

  /** Closes and reopens the same store; in-memory stores return the same instance. */
  protected abstract KeyValueStore reopen(KeyValueStore old);

  @BeforeEach
  void setUp() {
    store = create();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void missingKeyIsEmpty() {
    assertThat(store.get(b("nope"))).isEmpty();
  }

  @Test
  void putThenGetAndDelete() {
    store.write(new WriteBatch().put(b("k"), b("v1")));
    assertThat(store.get(b("k"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v1")));
    store.write(new WriteBatch().put(b("k"), b("v2")));
    assertThat(store.get(b("k"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v2")));
    store.write(new WriteBatch().delete(b("k")));
    assertThat(store.get(b("k"))).isEmpty();
  }

  @Test
  void laterOperationInABatchWins() {
    store.write(new WriteBatch().put(b("k"), b("a")).delete(b("k")).put(b("j"), b("x")));
    assertThat(store.get(b("k"))).isEmpty();
    store.write(new WriteBatch().delete(b("j")).put(b("j"), b("y")));
    assertThat(store.get(b("j"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("y")));
  }

  @Test
  void returnedValuesAreCopies() {
    store.write(new WriteBatch().put(b("k"), b("v")));
    store.get(b("k")).orElseThrow()[0] = 'X';
    assertThat(store.get(b("k")).orElseThrow()).isEqualTo(b("v"));
  }

  @Test
  void scanVisitsPrefixInUnsignedOrder() {
    WriteBatch wb = new WriteBatch();
    wb.put(new byte[] {1, (byte) 0xff}, b("ff"));
    wb.put(new byte[] {1, 0x00}, b("00"));
    wb.put(new byte[] {1, 0x7f}, b("7f"));
    wb.put(new byte[] {2, 0x00}, b("other"));
    wb.put(new byte[] {0, 0x00}, b("before"));
    store.write(wb);
    List<String> seen = new ArrayList<>();
    store.scan(new byte[] {1}, (k, v) -> seen.add(new String(v, StandardCharsets.UTF_8)));
    assertThat(seen).containsExactly("00", "7f", "ff");
  }

  @Test
  void writesSurviveReopen() {
    store.write(new WriteBatch().put(b("a"), b("1")).put(b("b"), b("2")));
    store = reopen(store);
    assertThat(store.get(b("a"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("1")));
    assertThat(store.get(b("b"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("2")));
  }

  @Test
  void unsyncedWritesApplyWholeInOrderAndSurviveACleanReopen() {
    store.writeUnsynced(new WriteBatch().put(b("a"), b("1")).put(b("b"), b("2")));
    assertThat(store.get(b("a"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("1")));
    store.writeUnsynced(new WriteBatch().delete(b("a")).put(b("c"), b("3")));
    store.write(new WriteBatch().put(b("d"), b("4")));
    store = reopen(store);
    List<String> keys = new ArrayList<>();
    store.scan(new byte[0], (k, v) -> keys.add(new String(k, StandardCharsets.UTF_8)));
    assertThat(keys).containsExactly("b", "c", "d");
  }

  @Test
  void emptyBatchChangesNothing() {
    store.write(new WriteBatch().put(b("a"), b("1")));
    store.write(new WriteBatch());
    List<String> keys = new ArrayList<>();
    store.scan(new byte[0], (k, v) -> keys.add(new String(k, StandardCharsets.UTF_8)));
    assertThat(keys).containsExactly("a");
  }

  @Test
  void closedStoreRefusesUse() {
    KeyValueStore s = create();
    s.close();
    assertThatThrownBy(() -> s.get(b("a"))).isInstanceOf(RuntimeException.class);
  }
}
