package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The open-addressing level table behaves like a HashMap under any mix of operations. */
class LevelTablePropertyTest {

  record Op(int kind, long key, byte fill) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    // Keys from a small pool (so removals hit and probe runs form), plus 0 and negatives.
    Arbitrary<Long> keys =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 300),
            Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE),
            Arbitraries.longs());
    Arbitrary<Op> op =
        Combinators.combine(Arbitraries.integers().between(0, 2), keys, Arbitraries.bytes())
            .as(Op::new);
    return op.list().ofMaxSize(3_000);
  }

  @Property(tries = 60)
  void behavesLikeAHashMap(@ForAll("ops") List<Op> ops) {
    LevelTable table = new LevelTable();
    Map<Long, byte[]> model = new HashMap<>();
    byte[] out = new byte[40];
    for (Op op : ops) {
      switch (op.kind()) {
        case 0 -> {
          byte[] value = new byte[32];
          Arrays.fill(value, op.fill());
          value[31] = (byte) op.key();
          byte[] padded = new byte[37];
          System.arraycopy(value, 0, padded, 5, 32);
          table.put(op.key(), padded, 5);
          model.put(op.key(), value);
        }
        case 1 -> {
          table.remove(op.key());
          model.remove(op.key());
        }
        default -> {
          boolean found = table.get(op.key(), out, 3);
          assertThat(found).isEqualTo(model.containsKey(op.key()));
          assertThat(table.contains(op.key())).isEqualTo(found);
          if (found) {
            assertThat(Arrays.copyOfRange(out, 3, 35)).isEqualTo(model.get(op.key()));
          }
        }
      }
    }
    assertThat(table.size()).isEqualTo(model.size());
    for (Map.Entry<Long, byte[]> e : model.entrySet()) {
      assertThat(table.get(e.getKey(), out, 0)).isTrue();
      assertThat(Arrays.copyOf(out, 32)).isEqualTo(e.getValue());
    }
  }

  @Property(tries = 5)
  void survivesGrowthAndRemovalOfEverything(@ForAll long seed) {
    LevelTable table = new LevelTable();
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    long[] keys = new long[20_000];
    byte[] value = new byte[32];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 2 == 0 ? rnd.nextLong() : keys[Math.max(0, i - 1)] ^ 1;
      value[0] = (byte) i;
      table.put(keys[i], value, 0);
    }
    for (long k : keys) {
      assertThat(table.contains(k)).isTrue();
    }
    for (long k : keys) {
      table.remove(k);
      assertThat(table.contains(k)).isFalse();
    }
    assertThat(table.size()).isZero();
  }
}
