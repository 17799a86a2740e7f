package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_chainId}: the L2's chain id, which every transaction must be signed for. */
public final class EthChainId implements JsonRpcMethod {
  private final NodeApi node;

  public EthChainId(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_chainId";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return EthJson.F.textNode(Hex.quantity(node.chain().chainId()));
  }
}
