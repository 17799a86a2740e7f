package io.rampart.l1.node;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ReorgPlan;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.world.Message;
import java.util.List;

/** Messages between the L1 node and the actors that use it. */
public sealed interface L1Event extends Message {

  /** A new canonical block (after a rollback, the replacement blocks arrive as NewBlock too). */
  record NewBlock(Block block) implements L1Event {
    @Override
    public String describe() {
      return "NewBlock#"
          + block.number()
          + " "
          + block.hash()
          + " txs="
          + block.transactions().size();
    }
  }

  /**
   * Blocks above {@code forkPoint} left the canonical chain: whatever was derived from them must be
   * undone.
   */
  record Rollback(long forkPoint, List<Bytes32> orphaned) implements L1Event {
    public Rollback {
      orphaned = List.copyOf(orphaned);
    }
  }

  /** Blocks up to {@code number} are final. */
  record Finalized(long number) implements L1Event {}

  /** Asks the node to send this actor every later {@link NewBlock}, Rollback and Finalized. */
  record Subscribe() implements L1Event {}

  record Unsubscribe() implements L1Event {}

  /** The node's answer to a {@link TxRequest}. */
  record SubmitReply(TxRequest request, SubmitResult result) implements L1Event {
    @Override
    public String describe() {
      return "SubmitReply " + request.describe() + " " + result;
    }
  }

  /** Fault injection: reorg the chain (see {@link io.rampart.l1.chain.L1Chain#reorg}). */
  record ReorgRequest(int depth, ReorgPlan plan) implements L1Event {}
}
