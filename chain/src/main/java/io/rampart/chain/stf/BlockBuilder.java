package io.rampart.chain.stf;

import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.state.StateView;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes one block's transactions with {@link Stf} on an overlay of the parent state. Applied
 * transactions are kept with their receipts; invalid ones leave no trace. The parent is not
 * touched; commit with {@code world.apply(builder.diff())}.
 */
public final class BlockBuilder {
  private final ChainConfig cfg;
  private final Ecdsa ecdsa;
  private final StateOverlay overlay;
  private final List<L2Tx> txs = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();

  public BlockBuilder(ChainConfig cfg, StateView parent, Ecdsa ecdsa) {
    this.cfg = cfg;
    this.ecdsa = ecdsa;
    this.overlay = new StateOverlay(parent);
  }

  public TxOutcome add(L2Tx tx) {
    TxOutcome o = Stf.apply(cfg, overlay, tx, ecdsa);
    if (o instanceof TxOutcome.Applied(Receipt r)) {
      txs.add(tx);
      receipts.add(r);
    }
    return o;
  }

  /** The state as this block has left it so far. */
  public StateView state() {
    return overlay;
  }

  public List<L2Tx> txs() {
    return List.copyOf(txs);
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  public StateDiff diff() {
    return overlay.diff();
  }

  public int nextIndex() {
    return overlay.nextIndex();
  }
}
