package io.rampart.node.devnet;

import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.state.WorldState;

/**
 * What a read that needs the pool may look at. It runs on the sequencer thread, between other
 * commands, so it sees the pool and the state at one instant; it must not change them.
 */
public interface PoolAccess {
  Mempool pool();

  WorldState world();
}
