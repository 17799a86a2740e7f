package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sparse Merkle tree of fixed depth (1..64) over 32-byte leaves, addressed by unsigned keys below
 * {@code 2^depth}. A leaf never set holds {@link EmptyHashes#EMPTY_LEAF}; a node is {@code
 * hasher.combine(left, right)}; an empty subtree hashes to {@link EmptyHashes#at} of its height, so
 * the root of the empty tree is {@code EmptyHashes.of(hasher).at(depth)}. Leaves are values the
 * caller has already hashed; each must pass {@link Hasher#isValidNode}.
 *
 * <p>Nodes are kept in a {@link NodeStore}: every set leaf, the root of a non-empty tree, every
 * node whose subtree holds two or more leaves, and the top of each subtree that holds exactly one
 * leaf (the highest node above that leaf with no other leaf below it), tagged with the leaf's key.
 * The nodes between a lone leaf and its top are not stored: their hashes follow from the leaf and
 * the empty-subtree hashes, and a proof that needs one recomputes it. With random keys this stores
 * about a third of the nodes on the leaves' paths. Updates are computed in full before the store is
 * written in one {@link NodeStore#apply} call, so a rejected update changes nothing.
 *
 * <p>Not thread-safe: one thread updates; reads may run concurrently with each other only.
 *
 * <p>Results do not depend on threads: the root, the stored nodes and every proof after a batch are
 * the same whatever the {@link Parallelism}, the number of processors or the scheduling (a parallel
 * batch is split by subtree and every node is hashed exactly once, by one task). With {@link
 * Parallelism#COMMON_POOL} (the default), a batch of at least 2,048 distinct keys is hashed by the
 * calling thread together with the common ForkJoinPool when the JVM reports more than one
 * processor, and smaller batches run on the calling thread; the store may also apply large change
 * sets in parallel ({@link InMemoryNodeStore}). With {@link Parallelism#SEQUENTIAL}, hashing never
 * leaves the calling thread; pair it with a store that does not use threads either, as {@link
 * #inMemory(Hasher, int, Parallelism)} does. The library creates no threads of its own.
 */
public final class SparseMerkleTree {
  private final Hasher hasher;
  private final int depth;
  private final NodeStore store;
  private final EmptyHashes empty;
  private final Parallelism parallelism;
  private final SparseMerkleTree base;
  private final long baseVersion;
  private Bytes32 root;
  private long version;

  /**
   * A tree over {@code store}, whose root is read from the store (level {@code depth}, index 0).
   */
  public SparseMerkleTree(Hasher hasher, int depth, NodeStore store) {
    this(hasher, depth, store, Parallelism.COMMON_POOL);
  }

  /**
   * A tree over {@code store} that hashes batches as {@code parallelism} allows. The store's own
   * writes follow the store's setting.
   */
  public SparseMerkleTree(Hasher hasher, int depth, NodeStore store, Parallelism parallelism) {
    this(hasher, depth, store, parallelism, null);
  }

  private SparseMerkleTree(
      Hasher hasher, int depth, NodeStore store, Parallelism parallelism, SparseMerkleTree base) {
    checkDepth(depth);
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.depth = depth;
    this.store = Objects.requireNonNull(store, "store");
    this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
    this.empty = EmptyHashes.of(hasher);
    this.base = base;
    this.baseVersion = base == null ? 0 : base.version;
    byte[] top = new byte[32];
    this.root =
        store.get(depth, 0, top, 0) != NodeStore.ABSENT ? Bytes32.adopt(top) : empty.at(depth);
  }

  /** An empty tree held in memory. */
  public static SparseMerkleTree inMemory(Hasher hasher, int depth) {
    return inMemory(hasher, depth, Parallelism.COMMON_POOL);
  }

  /** An empty tree held in memory whose hashing and store writes follow {@code parallelism}. */
  public static SparseMerkleTree inMemory(Hasher hasher, int depth, Parallelism parallelism) {
    return new SparseMerkleTree(
        hasher, depth, new InMemoryNodeStore(depth, parallelism), parallelism);
  }

  /** Root of the empty tree of {@code depth} under {@code hasher}. */
  public static Bytes32 emptyRoot(Hasher hasher, int depth) {
    checkDepth(depth);
    return EmptyHashes.of(hasher).at(depth);
  }

  public Hasher hasher() {
    return hasher;
  }

  public int depth() {
    return depth;
  }

  public Parallelism parallelism() {
    return parallelism;
  }

  public Bytes32 root() {
    checkBase();
    return root;
  }

  /** The leaf at {@code key}, {@link EmptyHashes#EMPTY_LEAF} if never set. */
  public Bytes32 get(long key) {
    checkKey(key);
    checkBase();
    byte[] out = new byte[32];
    return store.get(0, key, out, 0) != NodeStore.ABSENT
        ? Bytes32.adopt(out)
        : EmptyHashes.EMPTY_LEAF;
  }

  /** Sets one leaf ({@link EmptyHashes#EMPTY_LEAF} deletes it) and returns the new root. */
  public Bytes32 set(long key, Bytes32 leaf) {
    return setAll(new long[] {key}, new Bytes32[] {leaf});
  }

  /** Sets every leaf of {@code updates} in one batch and returns the new root. */
  public Bytes32 setAll(Map<Long, Bytes32> updates) {
    long[] keys = new long[updates.size()];
    Bytes32[] leaves = new Bytes32[updates.size()];
    int i = 0;
    for (Map.Entry<Long, Bytes32> e : updates.entrySet()) {
      keys[i] = e.getKey();
      leaves[i++] = e.getValue();
    }
    return setAll(keys, leaves);
  }

  /**
   * Sets {@code leaves[i]} at {@code keys[i]} for every i in one batch and returns the new root.
   * Keys may come in any order; when a key repeats, its last leaf wins, as if the updates ran one
   * by one. Large batches may be hashed on the common ForkJoinPool (see the class comment).
   */
  public Bytes32 setAll(long[] keys, Bytes32[] leaves) {
    return commit(prepare(keys, leaves));
  }

  /**
   * Computes the root and node writes of a batch (same rules as {@link #setAll(long[], Bytes32[])})
   * without changing the tree. Commit it with {@link #commit}, or keep only its root.
   */
  public Prepared prepare(long[] keys, Bytes32[] leaves) {
    checkBase();
    if (keys.length != leaves.length) {
      throw new IllegalArgumentException(
          keys.length + " keys but " + leaves.length + " leaves in one update");
    }
    for (int i = 0; i < keys.length; i++) {
      checkKey(keys[i]);
      Objects.requireNonNull(leaves[i], "leaf");
      if (!hasher.isValidNode(leaves[i])) {
        throw new IllegalArgumentException(
            "leaf for key " + Long.toUnsignedString(keys[i]) + " is not a valid " + hasher.name());
      }
    }
    if (keys.length == 0) {
      return new Prepared(this, version, root, null);
    }
    long[] sortedKeys = distinctSorted(keys);
    int n = sortedKeys.length;
    byte[] flat = new byte[32 * n];
    if (n == keys.length && Arrays.equals(sortedKeys, keys)) {
      for (int i = 0; i < n; i++) {
        leaves[i].copyTo(flat, 32 * i);
      }
    } else {
      // Later updates of a key overwrite earlier ones, as if applied one by one.
      LevelTable last = new LevelTable(keys.length);
      byte[] leaf = new byte[32];
      for (int i = 0; i < keys.length; i++) {
        leaves[i].copyTo(leaf, 0);
        last.put(keys[i], leaf, 0);
      }
      for (int i = 0; i < n; i++) {
        last.get(sortedKeys[i], flat, 32 * i);
      }
    }
    byte[] newRoot = new byte[32];
    boolean parallel =
        parallelism == Parallelism.COMMON_POOL
            && n >= SparseUpdate.PARALLEL_MIN
            && Runtime.getRuntime().availableProcessors() > 1;
    NodeChanges changes =
        new SparseUpdate(hasher, depth, store, empty).run(sortedKeys, flat, n, newRoot, parallel);
    return new Prepared(this, version, Bytes32.adopt(newRoot), changes);
  }

  /** Applies a batch prepared on this tree at its current state and returns the new root. */
  public Bytes32 commit(Prepared prepared) {
    if (prepared.tree != this || prepared.version != version) {
      throw new IllegalStateException("update was prepared on another tree or an older state");
    }
    checkBase();
    if (prepared.changes != null) {
      store.apply(prepared.changes);
      root = prepared.root;
      version++;
    }
    return root;
  }

  /**
   * A copy-on-write view of this tree: it starts with the same leaves and root, keeps its own
   * updates in memory and never writes this tree's store. This tree must not be updated while the
   * fork is in use; the fork throws {@link IllegalStateException} if it was.
   */
  public SparseMerkleTree fork() {
    checkBase();
    return new SparseMerkleTree(
        hasher, depth, new OverlayNodeStore(store, depth), parallelism, this);
  }

  /** Proof of the leaf at {@code key}: membership if set, non-membership otherwise. */
  public MerkleProof prove(long key) {
    checkKey(key);
    checkBase();
    byte[] buf = new byte[32];
    Bytes32[] siblings = new Bytes32[depth];
    // Down the stored inner nodes: their children, and so the siblings on the path, are stored.
    int c = store.get(depth, 0, buf, 0) != NodeStore.ABSENT ? depth - 1 : -1;
    for (; c >= 0; c--) {
      long child = key >>> c;
      siblings[c] =
          store.get(c, child ^ 1, buf, 0) != NodeStore.ABSENT ? Bytes32.wrap(buf) : empty.at(c);
      long tag = store.get(c, child, buf, 0);
      if (tag == NodeStore.ABSENT || c == 0) {
        break;
      }
      if (tag != 0) {
        // A subtree holding one leaf: below its top every sibling is empty but, for a key other
        // than its leaf's, the one where the two paths part.
        long other = (child << c) | (tag - 1);
        if (other != key) {
          int part = 63 - Long.numberOfLeadingZeros(other ^ key);
          siblings[part] = Bytes32.adopt(lonePath(other, part));
        }
        break;
      }
    }
    List<Bytes32> out = new ArrayList<>(depth);
    for (int level = 0; level < depth; level++) {
      out.add(siblings[level] != null ? siblings[level] : empty.at(level));
    }
    return new MerkleProof(key, get(key), out);
  }

  /** The node on {@code level} above the stored leaf {@code key} when no other leaf is near. */
  private byte[] lonePath(long key, int level) {
    byte[] node = new byte[32];
    if (store.get(0, key, node, 0) == NodeStore.ABSENT) {
      throw new IllegalStateException(
          "node store is inconsistent: leaf " + Long.toUnsignedString(key) + " is missing");
    }
    byte[] pair = new byte[64];
    for (int l = 0; l < level; l++) {
      boolean right = ((key >>> l) & 1) == 1;
      System.arraycopy(node, 0, pair, right ? 32 : 0, 32);
      empty.copyTo(l, pair, right ? 0 : 32);
      hasher.combine(pair, 0, node, 0);
    }
    return node;
  }

  /**
   * Checks that {@code proof} binds its leaf to {@code key} under {@code root} in a tree of {@code
   * depth}. Never throws: missing or malformed input yields {@link ProofCheck.Invalid}.
   */
  public static ProofCheck verify(Hasher hasher, int depth, Bytes32 root, MerkleProof proof) {
    if (hasher == null || root == null || proof == null) {
      return ProofCheck.invalid(ProofCheck.Reason.MISSING_INPUT, "hasher, root and proof needed");
    }
    if (depth < 1 || depth > EmptyHashes.MAX_LEVEL) {
      return ProofCheck.invalid(ProofCheck.Reason.BAD_DEPTH, "depth " + depth);
    }
    long key = proof.key();
    if (!inRange(key, depth)) {
      return ProofCheck.invalid(
          ProofCheck.Reason.OUT_OF_RANGE, "key " + Long.toUnsignedString(key) + ", depth " + depth);
    }
    List<Bytes32> siblings = proof.siblings();
    if (siblings.size() != depth) {
      return ProofCheck.invalid(
          ProofCheck.Reason.WRONG_SIBLING_COUNT, siblings.size() + " siblings, depth " + depth);
    }
    if (!hasher.isValidNode(root) || !hasher.isValidNode(proof.leaf())) {
      return ProofCheck.invalid(ProofCheck.Reason.INVALID_NODE, "root or leaf");
    }
    for (int h = 0; h < depth; h++) {
      if (!hasher.isValidNode(siblings.get(h))) {
        return ProofCheck.invalid(ProofCheck.Reason.INVALID_NODE, "sibling " + h);
      }
    }
    byte[] pair = new byte[64];
    byte[] node = proof.leaf().toArray();
    for (int h = 0; h < depth; h++) {
      boolean right = ((key >>> h) & 1) == 1;
      System.arraycopy(node, 0, pair, right ? 32 : 0, 32);
      siblings.get(h).copyTo(pair, right ? 0 : 32);
      hasher.combine(pair, 0, node, 0);
    }
    return Arrays.equals(node, root.toArray())
        ? ProofCheck.VALID
        : ProofCheck.invalid(ProofCheck.Reason.ROOT_MISMATCH, "recomputed root differs");
  }

  /** A computed but not yet applied batch: its root, and the node writes that produce it. */
  public static final class Prepared {
    private final SparseMerkleTree tree;
    private final long version;
    private final Bytes32 root;
    private final NodeChanges changes;

    private Prepared(SparseMerkleTree tree, long version, Bytes32 root, NodeChanges changes) {
      this.tree = tree;
      this.version = version;
      this.root = root;
      this.changes = changes;
    }

    /** The root the tree will have once this batch is committed. */
    public Bytes32 root() {
      return root;
    }

    /** The node writes; empty for an empty batch. */
    public long nodeWrites() {
      return changes == null ? 0 : changes.size();
    }
  }

  static void checkDepth(int depth) {
    if (depth < 1 || depth > EmptyHashes.MAX_LEVEL) {
      throw new IllegalArgumentException("depth " + depth + " is outside 1..64");
    }
  }

  static boolean inRange(long key, int depth) {
    return depth >= 64 || (key >>> depth) == 0;
  }

  private void checkKey(long key) {
    if (!inRange(key, depth)) {
      throw new IllegalArgumentException(
          "key " + Long.toUnsignedString(key) + " is outside a depth-" + depth + " tree");
    }
  }

  private void checkBase() {
    for (SparseMerkleTree t = this; t.base != null; t = t.base) {
      if (t.base.version != t.baseVersion) {
        throw new IllegalStateException("the tree this fork was taken from has changed since");
      }
    }
  }

  /** The distinct values of {@code keys} in ascending unsigned order. */
  private static long[] distinctSorted(long[] keys) {
    long[] sorted = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = keys[i] ^ Long.MIN_VALUE;
    }
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (m == 0 || sorted[i] != sorted[m - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    for (int i = 0; i < m; i++) {
      sorted[i] ^= Long.MIN_VALUE;
    }
    return m == sorted.length ? sorted : Arrays.copyOf(sorted, m);
  }
}
