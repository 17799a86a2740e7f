package io.rampart.chain.store;

import java.nio.ByteBuffer;

/** Key layout of {@link ChainStore}: one prefix byte, then a big-endian number or a hash. */
final class Keys {
  static final byte HEAD = 'H';
  static final byte ACCOUNT = 'A';
  static final byte WITHDRAWAL = 'W';
  static final byte BLOCK = 'B';
  static final byte RECEIPTS = 'R';
  static final byte TX = 'T';
  static final byte BATCH = 'S';

  private Keys() {}

  static byte[] head() {
    return new byte[] {HEAD};
  }

  static byte[] prefix(byte p) {
    return new byte[] {p};
  }

  static byte[] withInt(byte p, int v) {
    return ByteBuffer.allocate(5).put(p).putInt(v).array();
  }

  static byte[] withLong(byte p, long v) {
    return ByteBuffer.allocate(9).put(p).putLong(v).array();
  }

  static byte[] withBytes(byte p, byte[] b) {
    return ByteBuffer.allocate(1 + b.length).put(p).put(b).array();
  }
}
