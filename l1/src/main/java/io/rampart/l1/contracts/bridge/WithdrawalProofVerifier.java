package io.rampart.l1.contracts.bridge;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.exec.CallContext;
import java.util.List;

/**
 * Checks that a withdrawal leaf is in the withdrawal tree with a given root. Implementations hash
 * through {@link CallContext#keccak} (or another metered hasher) so verification is charged as
 * on-chain hashing would be. The leaf rule belongs to the verifier: the bridge hashes the leaf once
 * with {@link #leafHash}, keys its paid mark by that hash and passes it to {@link
 * #verify(CallContext, Bytes32, Bytes32, long, List)}.
 */
public interface WithdrawalProofVerifier {

  /** The tree's leaf hash of {@code leafData}, charged on {@code ctx}. */
  Bytes32 leafHash(CallContext ctx, byte[] leafData);

  /** Whether {@code leafHash} is leaf {@code leafIndex} of the tree with root {@code root}. */
  boolean verify(
      CallContext ctx, Bytes32 root, Bytes32 leafHash, long leafIndex, List<Bytes32> proof);

  /** {@link #leafHash} then {@link #verify(CallContext, Bytes32, Bytes32, long, List)}. */
  default boolean verify(
      CallContext ctx, Bytes32 root, byte[] leafData, long leafIndex, List<Bytes32> proof) {
    return verify(ctx, root, leafHash(ctx, leafData), leafIndex, proof);
  }
}
