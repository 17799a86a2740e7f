package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.tx.L2Tx;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;

/**
 * {@code rampart_forceInclude(signedTx)}: queues a signed L2 transaction as the L1 inbox's forced
 * queue would; the next block must include it, as a failed system transaction (changing nothing) if
 * it is invalid by then. Dev mode: the L1 side is simulated. Answers the forced id and the hash of
 * the system transaction once it is durable.
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
    p.atMost(1);
    byte[] raw = p.data(0);
    if (raw.length == 0 || raw.length > MAX_BYTES) {
      throw new RpcException(
          RpcError.rejected("forced transaction must be 1.." + MAX_BYTES + " bytes", "OVERSIZE"));
    }
    long origin = node.reader().head().l1Origin();
    L2Tx tx = Await.get(node.enqueueSystem(false, id -> new L2Tx.Forced(id, origin, origin, raw)));
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("forcedId", Hex.quantity(((L2Tx.Forced) tx).id()));
    o.put("transactionHash", Hex.hash(tx.hash()));
    return o;
  }
}
