package io.rampart.l1.contracts.bridge;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.exec.CallContext;
import java.util.List;

/**
 * Checks that a withdrawal leaf is in the withdrawal tree with a given root. Implementations hash
 * through {@link CallContext#keccak} so verification is charged as on-chain Keccak would be.
 */
@FunctionalInterface
public interface WithdrawalProofVerifier {
  boolean verify(
      CallContext ctx, Bytes32 root, byte[] leafData, long leafIndex, List<Bytes32> proof);
}
