package io.rampart.node.devnet;

import io.rampart.crypto.Bytes32;
import java.nio.ByteBuffer;

/**
 * The node's own keys in the chain's key-value store, beside {@code ChainStore}'s (which use the
 * prefixes H, A, W, B, R, T, S): {@code J} + tx hash = the pool journal (signed bytes of an
 * acknowledged, not yet included transaction); {@code Nh} + number and {@code Nx} + hash = the
 * block hash index; {@code Nc} = the chain id the store was created with.
 */
final class NodeKeys {
  static final byte JOURNAL = 'J';

  private NodeKeys() {}

  /** The length of a journal group's key. */
  static final int JOURNAL_GROUP_KEY = 9;

  static byte[] journalGroup(long id) {
    return ByteBuffer.allocate(JOURNAL_GROUP_KEY).put(JOURNAL).putLong(id).array();
  }

  /** The former layout's key of one journaled transaction. */
  static byte[] journal(Bytes32 tx) {
    return ByteBuffer.allocate(33).put(JOURNAL).put(tx.toArray()).array();
  }

  static byte[] journalPrefix() {
    return new byte[] {JOURNAL};
  }

  static byte[] hashOfNumber(long n) {
    return ByteBuffer.allocate(10).put((byte) 'N').put((byte) 'h').putLong(n).array();
  }

  static byte[] numberOfHash(Bytes32 h) {
    return ByteBuffer.allocate(34).put((byte) 'N').put((byte) 'x').put(h.toArray()).array();
  }

  /** {@code Nw} + tx hash: the withdrawal index that transaction created. */
  static byte[] withdrawalOf(Bytes32 tx) {
    return ByteBuffer.allocate(34).put((byte) 'N').put((byte) 'w').put(tx.toArray()).array();
  }

  static byte[] chainId() {
    return new byte[] {'N', 'c'};
  }

  static byte[] longValue(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }

  static long readLong(byte[] b) {
    return ByteBuffer.wrap(b).getLong();
  }
}
