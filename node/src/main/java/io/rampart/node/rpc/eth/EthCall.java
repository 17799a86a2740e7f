package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.BlockTag;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code eth_call(call, block)}: for a plain transfer the result is empty ({@code 0x}); data,
 * contract creation and an unpayable value are refused with -32000.
 */
public final class EthCall implements JsonRpcMethod {
  private final NodeApi node;

  public EthCall(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_call";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    CallRequest c = CallRequest.parse(p, 0);
    BlockTag.requireHeadState(p, 1, node.reader());
    c.checkFunds(node);
    return EthJson.F.textNode("0x");
  }
}
