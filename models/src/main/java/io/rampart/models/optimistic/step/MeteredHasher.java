package io.rampart.models.optimistic.step;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import io.rampart.l1.exec.CallContext;

/**
 * Keccak-256 as an L1 contract pays for it: every digest and every node compression is charged on
 * the call's gas meter (30 + 6 per word). The dispute contract hashes through this, so a one-step
 * proof costs what its hashing would cost on Ethereum.
 */
public final class MeteredHasher implements Hasher {
  private final CallContext ctx;

  public MeteredHasher(CallContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String name() {
    return "keccak256";
  }

  @Override
  public Bytes32 hash(byte[] data, int off, int len) {
    byte[] copy = new byte[len];
    System.arraycopy(data, off, copy, 0, len);
    return ctx.keccak(copy);
  }

  @Override
  public void combine(byte[] in, int inOff, byte[] out, int outOff) {
    byte[] pair = new byte[64];
    System.arraycopy(in, inOff, pair, 0, 64);
    ctx.keccak(pair).copyTo(out, outOff);
  }
}
