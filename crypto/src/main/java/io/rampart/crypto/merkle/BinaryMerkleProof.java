package io.rampart.crypto.merkle;

import io.rampart.crypto.Bytes32;
import java.util.List;

/**
 * Proof that the leaf at {@code index} belongs to a {@link BinaryMerkleTree} of {@code leafCount}
 * leaves: the siblings met on the way up, bottom-up, skipping the levels where the path node is the
 * odd last node and is carried up unchanged. Check it with {@link BinaryMerkleTree#verify}.
 */
public record BinaryMerkleProof(int index, int leafCount, List<Bytes32> siblings) {
  public BinaryMerkleProof {
    siblings = List.copyOf(siblings);
  }
}
