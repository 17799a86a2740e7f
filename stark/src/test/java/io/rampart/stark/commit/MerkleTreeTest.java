package io.rampart.stark.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  record Fixture(MerkleTree tree, byte[][] leaves, int[] indices) {}

  static Fixture fixture(VectorHash h, int depth, int opened, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 << depth;
    byte[] all = new byte[32 * n];
    byte[][] leaves = new byte[n][32];
    for (int i = 0; i < n; i++) {
      long[] row = {r.nextLong(1000), r.nextLong(1000), i};
      h.hashRow(row, 0, 3, leaves[i], 0);
      System.arraycopy(leaves[i], 0, all, 32 * i, 32);
    }
    TreeSet<Integer> idx = new TreeSet<>();
    while (idx.size() < Math.min(opened, n)) {
      idx.add(r.nextInt(n));
    }
    return new Fixture(
        MerkleTree.build(h, all), leaves, idx.stream().mapToInt(Integer::intValue).toArray());
  }

  static byte[][] pick(Fixture f) {
    byte[][] d = new byte[f.indices().length][];
    for (int i = 0; i < d.length; i++) {
      d[i] = f.leaves()[f.indices()[i]];
    }
    return d;
  }

  @Property(tries = 40)
  void batchOpeningsVerify(
      @ForAll @IntRange(min = 1, max = 10) int depth,
      @ForAll @IntRange(min = 1, max = 40) int opened,
      @ForAll long seed) {
    Fixture f = fixture(VectorHash.SHA256, depth, opened, seed);
    List<byte[]> proof = f.tree().openBatch(f.indices());
    assertThat(
            MerkleBatch.verify(
                VectorHash.SHA256, f.tree().root(), depth, f.indices(), pick(f), proof))
        .isTrue();
  }

  @Test
  void batchOpeningsShareNodes() {
    Fixture f = fixture(VectorHash.BLAKE3, 10, 30, 3);
    int separate = 30 * 10;
    assertThat(f.tree().openBatch(f.indices()).size()).isLessThan(separate);
  }

  @Property(tries = 30)
  void anyChangedNodeLeafOrIndexIsRejected(@ForAll long seed) {
    for (VectorHash h : VectorHash.values()) {
      Fixture f = fixture(h, 6, 5, seed);
      byte[] root = f.tree().root();
      List<byte[]> proof = f.tree().openBatch(f.indices());
      byte[][] leaves = pick(f);
      for (int i = 0; i < proof.size(); i++) {
        List<byte[]> bad = new ArrayList<>(proof);
        byte[] node = bad.get(i).clone();
        node[0] ^= 1;
        bad.set(i, node);
        assertThat(MerkleBatch.verify(h, root, 6, f.indices(), leaves, bad)).isFalse();
      }
      byte[][] badLeaves = leaves.clone();
      badLeaves[0] = leaves[0].clone();
      badLeaves[0][31] ^= (byte) 0x80;
      assertThat(MerkleBatch.verify(h, root, 6, f.indices(), badLeaves, proof)).isFalse();
      assertThat(
              MerkleBatch.verify(h, root, 6, f.indices(), leaves, proof.subList(1, proof.size())))
          .isFalse();
      int[] moved = f.indices().clone();
      moved[moved.length - 1] = moved[moved.length - 1] == 63 ? 62 : moved[moved.length - 1] + 1;
      if (moved.length < 2 || moved[moved.length - 1] != moved[moved.length - 2]) {
        assertThat(MerkleBatch.verify(h, root, 6, moved, leaves, proof)).isFalse();
      }
    }
  }
}
