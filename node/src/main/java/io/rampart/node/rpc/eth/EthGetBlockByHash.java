package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_getBlockByHash(hash, full)}: the block with that hash, or null. */
public final class EthGetBlockByHash implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetBlockByHash(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getBlockByHash";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    var h = p.hash(0);
    boolean full = p.bool(1, false);
    return node.reader()
        .blockByHash(h)
        .<JsonNode>map(b -> EthJson.block(node, b, full))
        .orElse(EthJson.F.nullNode());
  }
}
