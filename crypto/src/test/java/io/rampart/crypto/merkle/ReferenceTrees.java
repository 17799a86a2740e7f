package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Slow, obviously-correct oracles written straight from the definitions, sharing no code with the
 * trees under test: a recursive sparse-tree root and an RFC 6962-style binary-tree root.
 */
final class ReferenceTrees {
  private ReferenceTrees() {}

  /** Root of a depth-{@code depth} sparse tree holding {@code leaves} (empty leaves ignored). */
  static Bytes32 sparseRoot(Hasher h, int depth, Map<Long, Bytes32> leaves) {
    List<Long> keys = new ArrayList<>();
    for (Map.Entry<Long, Bytes32> e : leaves.entrySet()) {
      if (!e.getValue().equals(Bytes32.ZERO)) {
        keys.add(e.getKey());
      }
    }
    keys.sort(Long::compareUnsigned);
    List<Bytes32> zero = new ArrayList<>();
    zero.add(Bytes32.ZERO);
    for (int i = 0; i < depth; i++) {
      zero.add(h.combine(zero.get(i), zero.get(i)));
    }
    return sparse(h, depth, keys, 0, keys.size(), leaves, zero);
  }

  private static Bytes32 sparse(
      Hasher h,
      int level,
      List<Long> keys,
      int lo,
      int hi,
      Map<Long, Bytes32> leaves,
      List<Bytes32> zero) {
    if (lo == hi) {
      return zero.get(level);
    }
    if (level == 0) {
      return leaves.get(keys.get(lo));
    }
    int mid = lo;
    while (mid < hi && ((keys.get(mid) >>> (level - 1)) & 1) == 0) {
      mid++;
    }
    return h.combine(
        sparse(h, level - 1, keys, lo, mid, leaves, zero),
        sparse(h, level - 1, keys, mid, hi, leaves, zero));
  }

  /** Root of a binary tree over {@code items} by the rule BinaryMerkleTree documents. */
  static Bytes32 binaryRoot(Hasher h, List<byte[]> items) {
    List<Bytes32> leaves = new ArrayList<>();
    for (byte[] item : items) {
      byte[] tagged = new byte[item.length + 1];
      System.arraycopy(item, 0, tagged, 1, item.length);
      leaves.add(h.hash(tagged));
    }
    Bytes32 top = leaves.isEmpty() ? Bytes32.ZERO : split(h, leaves);
    byte[] count = new byte[32];
    long n = items.size();
    for (int i = 0; i < 8; i++) {
      count[31 - i] = (byte) (n >>> (8 * i));
    }
    return h.combine(top, Bytes32.wrap(count));
  }

  /** RFC 6962 section 2.1: split at the largest power of two below the size. */
  private static Bytes32 split(Hasher h, List<Bytes32> nodes) {
    if (nodes.size() == 1) {
      return nodes.get(0);
    }
    int k = Integer.highestOneBit(nodes.size() - 1);
    return h.combine(split(h, nodes.subList(0, k)), split(h, nodes.subList(k, nodes.size())));
  }
}
