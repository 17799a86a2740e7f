package io.rampart.node.rpc.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.mempool.Mempool;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code txpool_status}: {@code {pending, queued}} as hex, go-ethereum's meaning: pending can run
 * now (gapless from the account nonce), queued waits behind a nonce gap.
 */
public final class TxpoolStatus implements JsonRpcMethod {
  private final NodeApi node;

  public TxpoolStatus(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "txpool_status";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    Mempool.Status s = Await.get(node.query(a -> a.pool().status(a.world())));
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("pending", Hex.quantity(s.pending()));
    o.put("queued", Hex.quantity(s.queued()));
    return o;
  }
}
