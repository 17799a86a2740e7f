package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_maxPriorityFeePerGas}: the suggested tip (1 gwei). */
public final class EthMaxPriorityFeePerGas implements JsonRpcMethod {
  public EthMaxPriorityFeePerGas(NodeApi node) {}

  @Override
  public String name() {
    return "eth_maxPriorityFeePerGas";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return EthJson.F.textNode(Hex.quantity(EthGasPrice.TIP_WEI));
  }
}
