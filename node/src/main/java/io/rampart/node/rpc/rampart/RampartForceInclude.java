package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.tx.L2Tx;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;

/**
 * {@code rampart_forceInclude(signedTx, fromAccount?)}: sends a signed L2 transaction to the L1
 * inbox's forced queue, from dev account {@code fromAccount}'s L1 address (default 0). The
 * sequencer must include it in its next block (derivation includes it on its own once its deadline
 * passes), as a failed system transaction that changes nothing if it is invalid by then. Answers
 * once the L1 block holds it: the forced id, the hash of its L2 system transaction, and the L1
 * transaction.
 */
public final class RampartForceInclude implements JsonRpcMethod {
  /** The L1 inbox's limit on a forced transaction. */
  private static final int MAX_BYTES = 8 * 1024;

  private final NodeApi node;

  public RampartForceInclude(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_forceInclude";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    byte[] raw = p.data(0);
    if (raw.length == 0 || raw.length > MAX_BYTES) {
      throw new RpcException(
          RpcError.rejected("forced transaction must be 1.." + MAX_BYTES + " bytes", "OVERSIZE"));
    }
    io.rampart.l1.core.Address sender = DevL1Account.of(node, p, 1);
    RollupViews.Outcome out = Await.get(node.rollup().forceInclude(sender, raw));
    ObjectNode o = RollupJson.included(out);
    L2Tx tx = ((RollupViews.Included) out).l2().orElseThrow();
    o.put("forcedId", Hex.quantity(((L2Tx.Forced) tx).id()));
    o.put("transactionHash", Hex.hash(tx.hash()));
    return o;
  }
}
