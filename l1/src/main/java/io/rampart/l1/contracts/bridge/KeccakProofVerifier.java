package io.rampart.l1.contracts.bridge;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.merkle.KeccakMerkle;
import java.util.List;

/**
 * Verifies {@link KeccakMerkle} paths on chain: one KECCAK256 of 37 bytes for the leaf and one of
 * 64 bytes per level (42 gas each), as a Solidity verifier would spend.
 */
public final class KeccakProofVerifier implements WithdrawalProofVerifier {
  /** Deeper proofs are rejected outright (a 2^32-leaf tree is far beyond any withdrawal tree). */
  public static final int MAX_DEPTH = 32;

  /** keccak(0x00 ‖ leafData). */
  @Override
  public Bytes32 leafHash(CallContext ctx, byte[] leafData) {
    byte[] leaf = new byte[leafData.length + 1];
    System.arraycopy(leafData, 0, leaf, 1, leafData.length);
    return ctx.keccak(leaf);
  }

  @Override
  public boolean verify(
      CallContext ctx, Bytes32 root, Bytes32 leafHash, long leafIndex, List<Bytes32> proof) {
    if (proof.size() > MAX_DEPTH || leafIndex < 0 || leafIndex >= (1L << proof.size())) {
      return false;
    }
    Bytes32 h = leafHash;
    byte[] pair = new byte[64];
    for (int level = 0; level < proof.size(); level++) {
      boolean right = ((leafIndex >>> level) & 1) == 1;
      (right ? proof.get(level) : h).copyTo(pair, 0);
      (right ? h : proof.get(level)).copyTo(pair, 32);
      h = ctx.keccak(pair);
    }
    return h.equals(root);
  }
}
