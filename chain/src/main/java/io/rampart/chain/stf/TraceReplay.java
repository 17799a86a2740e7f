package io.rampart.chain.stf;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.state.StateTrees;
import io.rampart.chain.state.StateView;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the state root after each transaction of a block, for disputes. The sequencer never
 * does this (one batched root per block); here each transaction's changes go into copy-on-write
 * forks of the parent's trees, so the parent state is untouched and the cost is paid only on
 * demand.
 */
public final class TraceReplay {
  private TraceReplay() {}

  /**
   * Roots after each transaction of {@code block}, executed on {@code parent} (the state after the
   * previous block, whose trees are {@code parentTrees}). The last root equals the block's root.
   */
  public static List<Bytes32> perTxRoots(
      ChainConfig cfg, StateView parent, StateTrees parentTrees, L2Block block, Ecdsa ecdsa) {
    StateTrees trees = parentTrees.fork();
    StateOverlay overlay = new StateOverlay(parent, true);
    List<Bytes32> roots = new ArrayList<>(block.txs().size());
    for (L2Tx tx : block.txs()) {
      if (Stf.apply(cfg, overlay, tx, ecdsa) instanceof TxOutcome.Invalid(var why)) {
        throw new IllegalStateException("block " + block.number() + " holds an invalid tx: " + why);
      }
      roots.add(trees.apply(overlay.takeDiffSinceMark(), overlay.nextIndex()));
    }
    return roots;
  }
}
