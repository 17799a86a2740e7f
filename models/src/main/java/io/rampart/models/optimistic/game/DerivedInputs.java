package io.rampart.models.optimistic.game;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.tx.L2Tx;
import io.rampart.l1.merkle.KeccakMerkle;
import io.rampart.models.optimistic.l2.DerivedChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link BlockInputs} computed by running derivation over the canonical L1 blocks up to the head.
 * This plays the part of the L1 preimage oracle of a real fault-proof system (see
 * docs/optimistic.md): the answer depends on L1 data only.
 */
public final class DerivedInputs implements BlockInputs {
  private final DerivedChain chain;

  public DerivedInputs(DerivedChain chain) {
    this.chain = chain;
  }

  @Override
  public long blockCount() {
    chain.sync();
    return chain.blocks().size();
  }

  @Override
  public Optional<Input> block(long block) {
    chain.sync();
    List<L2Block> blocks = chain.blocks();
    if (block < 0 || block >= blocks.size()) {
      return Optional.empty();
    }
    List<L2Tx> txs = blocks.get((int) block).txs();
    return Optional.of(new Input(txs.size(), KeccakMerkle.root(leaves(txs))));
  }

  public static List<byte[]> leaves(List<L2Tx> txs) {
    List<byte[]> leaves = new ArrayList<>();
    for (L2Tx tx : txs) {
      leaves.add(tx.hash().toArray());
    }
    return leaves;
  }
}
