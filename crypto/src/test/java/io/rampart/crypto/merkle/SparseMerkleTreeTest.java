package io.rampart.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hash.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SparseMerkleTreeTest {

  static List<Hasher> hashers() {
    return TestHashers.ALL;
  }

  static List<String[]> lines(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(SparseMerkleTreeTest.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.trim().split("\\s+"));
        }
      }
    }
    return out;
  }

  @Test
  void emptyHashesMatchPublishedZeroHashes() throws IOException {
    int checked = 0;
    for (String[] f : lines("zero-hashes.txt")) {
      Hasher h = f[0].equals("keccak256") ? Keccak256.INSTANCE : Sha256.INSTANCE;
      int level = Integer.parseInt(f[1]);
      assertThat(EmptyHashes.of(h).at(level))
          .as(f[0] + " " + level)
          .isEqualTo(Bytes32.fromHex(f[2]));
      checked++;
    }
    assertThat(checked).isEqualTo(33 + 31);
    assertThat(SparseMerkleTree.inMemory(Keccak256.INSTANCE, 32).root())
        .isEqualTo(
            Bytes32.fromHex("27ae5ba08d7291c96c8cbddcc148bf48a6d68c7974b94356f53754ef6171d757"));
  }

  @Test
  void keccakRootsMatchAPublishedFourLeafTree() throws IOException {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(Keccak256.INSTANCE, 2);
    Map<Long, Bytes32> set = new LinkedHashMap<>();
    for (String[] f : lines("keccak-depth2-roots.txt")) {
      if (!f[0].equals("-")) {
        long key = Long.parseLong(f[0]);
        tree.set(key, Bytes32.fromHex(f[1]));
        set.put(key, Bytes32.fromHex(f[1]));
      }
      assertThat(tree.root()).isEqualTo(Bytes32.fromHex(f[2]));
    }
    for (Map.Entry<Long, Bytes32> e : set.entrySet()) {
      MerkleProof proof = tree.prove(e.getKey());
      assertThat(proof.leaf()).isEqualTo(e.getValue());
      assertThat(SparseMerkleTree.verify(Keccak256.INSTANCE, 2, tree.root(), proof).isValid())
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void setGetAndDelete(Hasher h) {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(h, 16);
    Bytes32 empty = tree.root();
    Bytes32 a = leaf(1);
    tree.set(5, a);
    assertThat(tree.get(5)).isEqualTo(a);
    assertThat(tree.get(4)).isEqualTo(EmptyHashes.EMPTY_LEAF);
    assertThat(tree.root()).isNotEqualTo(empty);
    assertThat(tree.root()).isEqualTo(ReferenceTrees.sparseRoot(h, 16, Map.of(5L, a)));
    tree.set(5, EmptyHashes.EMPTY_LEAF);
    assertThat(tree.root()).isEqualTo(empty);
    assertThat(tree.get(5)).isEqualTo(EmptyHashes.EMPTY_LEAF);
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void storeHoldsOnlyNonEmptyNodes(Hasher h) {
    InMemoryNodeStore store = new InMemoryNodeStore(20);
    SparseMerkleTree tree = new SparseMerkleTree(h, 20, store);
    tree.set(77, leaf(3));
    // The leaf, the top of its one-leaf subtree (a child of the root) and the root.
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.size(19)).isEqualTo(1);
    tree.set(76, leaf(4));
    // Two leaves: their parent and every node above it hold both.
    assertThat(store.size()).isEqualTo(21 + 1);
    assertThat(store.size(0)).isEqualTo(2);
    tree.setAll(new long[] {76, 77}, new Bytes32[] {EmptyHashes.EMPTY_LEAF, Bytes32.ZERO});
    assertThat(store.size()).isZero();
    assertThat(tree.root()).isEqualTo(SparseMerkleTree.emptyRoot(h, 20));
  }

  @Test
  void aTreeReopenedOverItsStoreHasTheSameRootAndLeaves() {
    InMemoryNodeStore store = new InMemoryNodeStore(32);
    SparseMerkleTree tree = new SparseMerkleTree(Keccak256.INSTANCE, 32, store);
    tree.setAll(Map.of(1L, leaf(1), 0xFFFF_FFFFL, leaf(2)));
    SparseMerkleTree reopened = new SparseMerkleTree(Keccak256.INSTANCE, 32, store);
    assertThat(reopened.root()).isEqualTo(tree.root());
    assertThat(reopened.get(0xFFFF_FFFFL)).isEqualTo(leaf(2));
  }

  @Test
  void depthSixtyFourUsesTheWholeUnsignedKeyRange() {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(Sha256.INSTANCE, 64);
    Map<Long, Bytes32> leaves = Map.of(-1L, leaf(1), 0L, leaf(2), Long.MIN_VALUE, leaf(3));
    tree.setAll(leaves);
    assertThat(tree.root()).isEqualTo(ReferenceTrees.sparseRoot(Sha256.INSTANCE, 64, leaves));
    assertThat(tree.get(-1L)).isEqualTo(leaf(1));
    MerkleProof proof = tree.prove(-1L);
    assertThat(SparseMerkleTree.verify(Sha256.INSTANCE, 64, tree.root(), proof).isValid()).isTrue();
  }

  @Test
  void badInputIsRejectedAndChangesNothing() {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(CanonicalTestHasher.INSTANCE, 8);
    tree.set(3, leaf(9));
    Bytes32 before = tree.root();
    Bytes32 nonCanonical = Bytes32.fromHex("80" + "00".repeat(31));
    assertThatThrownBy(() -> tree.setAll(new long[] {1, 2}, new Bytes32[] {leaf(1), nonCanonical}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 2");
    assertThatThrownBy(() -> tree.set(256, leaf(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside a depth-8 tree");
    assertThatThrownBy(() -> tree.set(-1, leaf(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.setAll(new long[] {1}, new Bytes32[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.get(256)).isInstanceOf(IllegalArgumentException.class);
    assertThat(tree.root()).isEqualTo(before);
    assertThat(tree.get(1)).isEqualTo(EmptyHashes.EMPTY_LEAF);
    assertThatThrownBy(() -> SparseMerkleTree.inMemory(Sha256.INSTANCE, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SparseMerkleTree.inMemory(Sha256.INSTANCE, 65))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void repeatedKeysInOneBatchKeepTheLastLeaf(Hasher h) {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(h, 10);
    tree.setAll(
        new long[] {9, 3, 9, 3, 9}, new Bytes32[] {leaf(1), leaf(2), leaf(3), leaf(4), leaf(5)});
    assertThat(tree.get(9)).isEqualTo(leaf(5));
    assertThat(tree.get(3)).isEqualTo(leaf(4));
    assertThat(tree.root())
        .isEqualTo(ReferenceTrees.sparseRoot(h, 10, Map.of(9L, leaf(5), 3L, leaf(4))));
  }

  @Test
  void preparedUpdateGivesTheRootWithoutChangingTheTree() {
    SparseMerkleTree tree = SparseMerkleTree.inMemory(Keccak256.INSTANCE, 32);
    tree.set(10, leaf(1));
    Bytes32 before = tree.root();
    SparseMerkleTree.Prepared p =
        tree.prepare(new long[] {11, 12}, new Bytes32[] {leaf(2), leaf(3)});
    assertThat(tree.root()).isEqualTo(before);
    assertThat(tree.get(11)).isEqualTo(EmptyHashes.EMPTY_LEAF);
    assertThat(p.nodeWrites()).isPositive();
    Bytes32 expected =
        ReferenceTrees.sparseRoot(
            Keccak256.INSTANCE, 32, Map.of(10L, leaf(1), 11L, leaf(2), 12L, leaf(3)));
    assertThat(p.root()).isEqualTo(expected);
    assertThat(tree.commit(p)).isEqualTo(expected);
    assertThat(tree.get(12)).isEqualTo(leaf(3));
    assertThatThrownBy(() -> tree.commit(p)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @MethodSource("hashers")
  void aForkUpdatesIndependentlyOfItsBase(Hasher h) {
    SparseMerkleTree base = SparseMerkleTree.inMemory(h, 24);
    base.setAll(Map.of(1L, leaf(1), 2L, leaf(2)));
    Bytes32 baseRoot = base.root();
    SparseMerkleTree fork = base.fork();
    assertThat(fork.root()).isEqualTo(baseRoot);
    assertThat(fork.get(2)).isEqualTo(leaf(2));
    fork.setAll(Map.of(2L, EmptyHashes.EMPTY_LEAF, 3L, leaf(3)));
    assertThat(fork.get(2)).isEqualTo(EmptyHashes.EMPTY_LEAF);
    assertThat(fork.root())
        .isEqualTo(ReferenceTrees.sparseRoot(h, 24, Map.of(1L, leaf(1), 3L, leaf(3))));
    assertThat(SparseMerkleTree.verify(h, 24, fork.root(), fork.prove(2)).isValid()).isTrue();
    assertThat(base.root()).isEqualTo(baseRoot);
    assertThat(base.get(2)).isEqualTo(leaf(2));
    assertThat(base.get(3)).isEqualTo(EmptyHashes.EMPTY_LEAF);
    SparseMerkleTree nested = fork.fork();
    nested.set(1, EmptyHashes.EMPTY_LEAF);
    assertThat(nested.root()).isEqualTo(ReferenceTrees.sparseRoot(h, 24, Map.of(3L, leaf(3))));
    assertThat(fork.get(1)).isEqualTo(leaf(1));

    base.set(4, leaf(4));
    assertThatThrownBy(fork::root).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> nested.get(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLargeBatchHashedInParallelMatchesTheSequentialWalk() {
    Hasher h = Keccak256.INSTANCE;
    int depth = 32;
    InMemoryNodeStore store = new InMemoryNodeStore(depth);
    SparseMerkleTree tree = new SparseMerkleTree(h, depth, store);
    SplittableRandom rnd = new SplittableRandom(42);
    Map<Long, Bytes32> all = new LinkedHashMap<>();
    for (int i = 0; i < 3_000; i++) {
      all.put(rnd.nextLong(1L << depth), leaf(rnd.nextInt()));
    }
    tree.setAll(all);
    long[] keys = new long[5_000];
    for (int i = 0; i < keys.length; i++) {
      // Half new keys, half updates of present ones; a dense run makes some siblings both dirty.
      keys[i] = i < 1_000 ? 1_000_000 + i : rnd.nextLong(1L << depth);
    }
    Arrays.sort(keys);
    long[] distinct = Arrays.stream(keys).distinct().toArray();
    byte[] leaves = new byte[32 * distinct.length];
    for (int i = 0; i < distinct.length; i++) {
      leaf(rnd.nextInt()).copyTo(leaves, 32 * i);
      all.put(distinct[i], Bytes32.wrap(Arrays.copyOfRange(leaves, 32 * i, 32 * i + 32)));
    }
    SparseUpdate update = new SparseUpdate(h, depth, store, EmptyHashes.of(h));
    byte[] seqRoot = new byte[32];
    byte[] parRoot = new byte[32];
    NodeChanges seq = update.run(distinct, leaves, distinct.length, seqRoot, false);
    NodeChanges par = update.run(distinct, leaves, distinct.length, parRoot, true);
    assertThat(parRoot).isEqualTo(seqRoot);
    assertThat(Bytes32.wrap(seqRoot)).isEqualTo(ReferenceTrees.sparseRoot(h, depth, all));
    for (int level = 0; level <= depth; level++) {
      int shift = level;
      long dirty = Arrays.stream(distinct).map(k -> k >>> shift).distinct().count();
      // No node is written twice, and both walks write the same nodes.
      List<String> written = writes(seq, level);
      assertThat(written).as("level " + level).doesNotHaveDuplicates();
      assertThat(written.size()).as("level " + level).isLessThanOrEqualTo((int) (2 * dirty));
      assertThat(writes(par, level)).as("level " + level).isEqualTo(written);
    }
    // Every set leaf is written; leaves the batch pushes down are written again.
    assertThat(writes(seq, 0).size()).isGreaterThanOrEqualTo(distinct.length);
  }

  @Test
  void verifierNamesWhatIsWrongWithAMalformedProof() {
    Hasher h = CanonicalTestHasher.INSTANCE;
    SparseMerkleTree tree = SparseMerkleTree.inMemory(h, 8);
    tree.set(7, leaf(7));
    Bytes32 root = tree.root();
    MerkleProof p = tree.prove(7);
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, p))).isNull();
    assertThat(reason(SparseMerkleTree.verify(null, 8, root, p)))
        .isEqualTo(ProofCheck.Reason.MISSING_INPUT);
    assertThat(reason(SparseMerkleTree.verify(h, 8, null, p)))
        .isEqualTo(ProofCheck.Reason.MISSING_INPUT);
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, null)))
        .isEqualTo(ProofCheck.Reason.MISSING_INPUT);
    assertThat(reason(SparseMerkleTree.verify(h, 0, root, p)))
        .isEqualTo(ProofCheck.Reason.BAD_DEPTH);
    assertThat(reason(SparseMerkleTree.verify(h, 65, root, p)))
        .isEqualTo(ProofCheck.Reason.BAD_DEPTH);
    assertThat(reason(SparseMerkleTree.verify(h, 7, root, p)))
        .isEqualTo(ProofCheck.Reason.WRONG_SIBLING_COUNT);
    assertThat(reason(SparseMerkleTree.verify(h, 9, root, p)))
        .isEqualTo(ProofCheck.Reason.WRONG_SIBLING_COUNT);
    MerkleProof outside = new MerkleProof(256, p.leaf(), p.siblings());
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, outside)))
        .isEqualTo(ProofCheck.Reason.OUT_OF_RANGE);
    MerkleProof shortProof = new MerkleProof(7, p.leaf(), p.siblings().subList(0, 7));
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, shortProof)))
        .isEqualTo(ProofCheck.Reason.WRONG_SIBLING_COUNT);
    // Non-canonical values would make combine throw; the verifier refuses them first.
    List<Bytes32> siblings = new ArrayList<>(p.siblings());
    siblings.set(3, siblings.get(3).flipBit(0));
    MerkleProof badSibling = new MerkleProof(7, p.leaf(), siblings);
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, badSibling)))
        .isEqualTo(ProofCheck.Reason.INVALID_NODE);
    MerkleProof badLeaf = new MerkleProof(7, p.leaf().flipBit(0), p.siblings());
    assertThat(reason(SparseMerkleTree.verify(h, 8, root, badLeaf)))
        .isEqualTo(ProofCheck.Reason.INVALID_NODE);
    assertThat(reason(SparseMerkleTree.verify(h, 8, root.flipBit(0), p)))
        .isEqualTo(ProofCheck.Reason.INVALID_NODE);
    assertThat(reason(SparseMerkleTree.verify(h, 8, root.flipBit(255), p)))
        .isEqualTo(ProofCheck.Reason.ROOT_MISMATCH);
  }

  @Test
  void decoderNamesWhatIsWrongWithMalformedBytes() {
    Hasher h = Keccak256.INSTANCE;
    SparseMerkleTree tree = SparseMerkleTree.inMemory(h, 12);
    tree.setAll(Map.of(5L, leaf(5), 4L, leaf(4)));
    byte[] good = tree.prove(5).encode(h);
    // depth 12: 41 header bytes, 2 bitmap bytes, one non-empty sibling (key 4)
    assertThat(good).hasSize(41 + 2 + 32);
    assertThat(malformed(MerkleProof.decode(null, h, 12))).contains("missing");
    assertThat(malformed(MerkleProof.decode(good, h, 13))).contains("expected 13");
    assertThat(malformed(MerkleProof.decode(good, h, 0))).contains("outside 1..64");
    assertThat(malformed(MerkleProof.decode(Arrays.copyOf(good, 42), h, 12))).contains("truncated");
    assertThat(malformed(MerkleProof.decode(Arrays.copyOf(good, 76), h, 12))).contains("length");
    byte[] stray = good.clone();
    stray[42] |= (byte) 0x80;
    assertThat(malformed(MerkleProof.decode(stray, h, 12))).contains("past the depth");
    byte[] farKey = good.clone();
    farKey[1] = 1;
    assertThat(malformed(MerkleProof.decode(farKey, h, 12))).contains("outside a depth-12 tree");
    byte[] padded = Arrays.copyOf(good, good.length + 32);
    padded[41] |= 0x02;
    EmptyHashes.of(h).copyTo(1, padded, good.length);
    assertThat(malformed(MerkleProof.decode(padded, h, 12))).contains("empty hash");
  }

  private static ProofCheck.Reason reason(ProofCheck check) {
    return switch (check) {
      case ProofCheck.Valid v -> null;
      case ProofCheck.Invalid(ProofCheck.Reason r, String detail) -> r;
    };
  }

  private static String malformed(ProofDecoding d) {
    return switch (d) {
      case ProofDecoding.Decoded x -> "decoded";
      case ProofDecoding.Malformed(String why) -> why;
    };
  }

  private static List<String> writes(NodeChanges changes, int level) {
    List<String> out = new ArrayList<>();
    changes.forEach(
        level,
        new NodeChanges.Visitor() {
          @Override
          public void put(int l, long index, byte[] value, int off, long tag) {
            out.add(
                index + "=" + Bytes32.wrap(Arrays.copyOfRange(value, off, off + 32)) + "/" + tag);
          }

          @Override
          public void remove(int l, long index) {
            out.add(index + " removed");
          }
        });
    return out;
  }

  static Bytes32 leaf(int seed) {
    byte[] b =
        Sha256.digest(new byte[] {(byte) seed, (byte) (seed >> 8), (byte) (seed >> 16)}).toArray();
    b[0] &= 0x7f;
    return Bytes32.adopt(b);
  }
}
