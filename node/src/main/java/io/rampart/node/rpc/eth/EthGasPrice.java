package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_gasPrice}: the L2 base fee plus a 1 gwei tip, in wei. */
public final class EthGasPrice implements JsonRpcMethod {
  /** The tip this node suggests (1 gwei); any tip is accepted. */
  static final long TIP_WEI = 1_000_000_000L;

  private final NodeApi node;

  public EthGasPrice(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_gasPrice";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return EthJson.F.textNode(Hex.quantity(node.chain().fees().l2BaseFeeWei() + TIP_WEI));
  }
}
