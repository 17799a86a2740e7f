package io.rampart.models.optimistic.step;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a Merkle tree that a set of inclusion paths reveals. Paths are checked against the
 * expected root as they are added; leaves on those paths can then be changed and the root
 * recomputed, each update reading the current nodes (so several updates compose).
 */
final class PartialTree {
  private final int depth;
  private final Hasher hasher;
  private final Bytes32 root;
  private final Map<Key, Bytes32> nodes = new HashMap<>();

  private record Key(int level, BigInteger index) {}

  PartialTree(int depth, Hasher hasher, Bytes32 root) {
    this.depth = depth;
    this.hasher = hasher;
    this.root = root;
    nodes.put(new Key(depth, BigInteger.ZERO), root);
  }

  /** Adds a path; false when it does not lead to the root or is malformed. */
  boolean addPath(BigInteger index, Bytes32 leaf, List<Bytes32> siblings) {
    if (siblings.size() != depth || index.signum() < 0 || index.bitLength() > depth) {
      return false;
    }
    Map<Key, Bytes32> found = new HashMap<>();
    BigInteger i = index;
    Bytes32 h = leaf;
    found.put(new Key(0, i), h);
    for (int level = 0; level < depth; level++) {
      Bytes32 s = siblings.get(level);
      found.put(new Key(level, i.flipBit(0)), s);
      h = i.testBit(0) ? hasher.combine(s, h) : hasher.combine(h, s);
      i = i.shiftRight(1);
      found.put(new Key(level + 1, i), h);
    }
    if (!h.equals(root)) {
      return false;
    }
    nodes.putAll(found);
    return true;
  }

  Optional<Bytes32> leaf(BigInteger index) {
    return Optional.ofNullable(nodes.get(new Key(0, index)));
  }

  /** Sets a leaf whose path was added; false if a sibling on its path is unknown. */
  boolean set(BigInteger index, Bytes32 leaf) {
    BigInteger i = index;
    Bytes32 h = leaf;
    if (!nodes.containsKey(new Key(0, i))) {
      return false;
    }
    nodes.put(new Key(0, i), h);
    for (int level = 0; level < depth; level++) {
      Bytes32 s = nodes.get(new Key(level, i.flipBit(0)));
      if (s == null) {
        return false;
      }
      h = i.testBit(0) ? hasher.combine(s, h) : hasher.combine(h, s);
      i = i.shiftRight(1);
      nodes.put(new Key(level + 1, i), h);
    }
    return true;
  }

  Bytes32 root() {
    return nodes.get(new Key(depth, BigInteger.ZERO));
  }
}
