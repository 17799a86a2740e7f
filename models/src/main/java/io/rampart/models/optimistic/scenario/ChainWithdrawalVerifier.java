package io.rampart.models.optimistic.scenario;

import io.rampart.chain.state.MerkleTree32;
import io.rampart.crypto.Bytes32;
import io.rampart.l1.contracts.bridge.WithdrawalProofVerifier;
import io.rampart.l1.exec.CallContext;
import io.rampart.models.optimistic.step.MeteredHasher;
import java.util.List;

/**
 * Verifies a withdrawal against the chain's own withdrawal tree (depth 32, Keccak-256, leaf =
 * H(index ‖ owner ‖ amount), the bridge's leaf data), so the bridge pays against the withdrawal
 * root inside the proposed state root. One Keccak for the leaf and one per level, metered.
 */
public final class ChainWithdrawalVerifier implements WithdrawalProofVerifier {
  @Override
  public Bytes32 leafHash(CallContext ctx, byte[] leafData) {
    return new MeteredHasher(ctx).hash(leafData);
  }

  @Override
  public boolean verify(
      CallContext ctx, Bytes32 root, Bytes32 leafHash, long leafIndex, List<Bytes32> proof) {
    if (proof.size() != MerkleTree32.DEPTH || leafIndex < 0 || leafIndex >= (1L << 32)) {
      return false;
    }
    return MerkleTree32.rootFromPath(new MeteredHasher(ctx), leafIndex, leafHash, proof)
        .equals(root);
  }
}
