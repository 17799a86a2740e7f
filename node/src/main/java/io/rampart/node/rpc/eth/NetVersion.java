package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code net_version}: the chain id in decimal. */
public final class NetVersion implements JsonRpcMethod {
  private final NodeApi node;

  public NetVersion(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "net_version";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return EthJson.F.textNode(Long.toString(node.chain().chainId()));
  }
}
