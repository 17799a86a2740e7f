package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_estimateGas(call)}: 21,000 for a valid transfer; -32000 for anything else. */
public final class EthEstimateGas implements JsonRpcMethod {
  private final NodeApi node;

  public EthEstimateGas(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_estimateGas";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    CallRequest.parse(p, 0).checkFunds(node);
    return EthJson.F.textNode(Hex.quantity(21_000));
  }
}
