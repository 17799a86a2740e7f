package io.rampart.models.optimistic.game;

import io.rampart.crypto.Bytes32;
import java.util.Optional;

/**
 * What the dispute contract knows about the L2 inputs: the transactions of each L2 block as derived
 * from the data on the inbox, committed as a binary Keccak tree over transaction hashes ({@link
 * io.rampart.l1.merkle.KeccakMerkle}). See docs/optimistic.md, "What the contract trusts".
 */
public interface BlockInputs {

  /** Number of L2 blocks derivable from L1 data so far. */
  long blockCount();

  /** Transaction count and tree root of {@code block}, if it is derivable. */
  Optional<Input> block(long block);

  record Input(int txCount, Bytes32 txRoot) {}
}
