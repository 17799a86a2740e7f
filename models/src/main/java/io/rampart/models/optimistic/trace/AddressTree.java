package io.rampart.models.optimistic.trace;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.hash.Hasher;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse Merkle tree of depth 160 keyed by L2 address: the leaf of an address with an account is
 * {@code H(0x01 ‖ index (4 bytes, big-endian))}, every other leaf is zero. The chain's state root
 * commits to accounts by index only; this tree lets a one-step proof show that an address has no
 * account (a transfer to a new address creates one), which an index-keyed tree cannot.
 *
 * <p>Bit {@code i} of the address (from the least significant bit of its 160-bit big-endian value)
 * chooses the child at level {@code i}. Not thread-safe.
 */
public final class AddressTree {
  public static final int DEPTH = 160;

  private final Hasher hasher;
  private final Bytes32[] empty;
  private final Map<NodeKey, Bytes32> nodes;

  record NodeKey(int level, BigInteger index) {}

  public AddressTree(Hasher hasher) {
    this(hasher, emptyHashes(hasher), new HashMap<>());
  }

  private AddressTree(Hasher hasher, Bytes32[] empty, Map<NodeKey, Bytes32> nodes) {
    this.hasher = hasher;
    this.empty = empty;
    this.nodes = nodes;
  }

  public AddressTree copy() {
    return new AddressTree(hasher, empty, new HashMap<>(nodes));
  }

  static Bytes32[] emptyHashes(Hasher hasher) {
    Bytes32[] e = new Bytes32[DEPTH + 1];
    e[0] = Bytes32.ZERO;
    for (int l = 0; l < DEPTH; l++) {
      e[l + 1] = hasher.combine(e[l], e[l]);
    }
    return e;
  }

  public static Bytes32 emptyRoot(Hasher hasher) {
    return emptyHashes(hasher)[DEPTH];
  }

  /** The leaf of an address whose account has {@code index}. */
  public static Bytes32 leaf(Hasher hasher, int index) {
    return hasher.hash(
        new byte[] {
          1, (byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index
        });
  }

  public static BigInteger key(Address a) {
    return new BigInteger(1, a.toBytes());
  }

  private Bytes32 node(int level, BigInteger index) {
    Bytes32 v = nodes.get(new NodeKey(level, index));
    return v == null ? empty[level] : v;
  }

  public Bytes32 root() {
    return node(DEPTH, BigInteger.ZERO);
  }

  /** Records that {@code address} has account {@code index}. */
  public void put(Address address, int index) {
    BigInteger i = key(address);
    Bytes32 h = leaf(hasher, index);
    nodes.put(new NodeKey(0, i), h);
    for (int level = 0; level < DEPTH; level++) {
      Bytes32 sib = node(level, i.flipBit(0));
      h = i.testBit(0) ? hasher.combine(sib, h) : hasher.combine(h, sib);
      i = i.shiftRight(1);
      nodes.put(new NodeKey(level + 1, i), h);
    }
  }

  public Bytes32 leafOf(Address address) {
    return node(0, key(address));
  }

  public List<Bytes32> siblings(Address address) {
    List<Bytes32> out = new ArrayList<>(DEPTH);
    BigInteger i = key(address);
    for (int level = 0; level < DEPTH; level++) {
      out.add(node(level, i.flipBit(0)));
      i = i.shiftRight(1);
    }
    return out;
  }
}
