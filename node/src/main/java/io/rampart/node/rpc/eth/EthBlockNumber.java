package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_blockNumber}: the head block's number. */
public final class EthBlockNumber implements JsonRpcMethod {
  private final NodeApi node;

  public EthBlockNumber(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_blockNumber";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return EthJson.F.textNode(Hex.quantity(node.reader().head().number()));
  }
}
