package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code eth_getTransactionReceipt(hash)}: the receipt of a sealed transaction, or null. Transfers
 * in a block always succeeded (an invalid one is never sealed) and used 21,000 gas.
 */
public final class EthGetTransactionReceipt implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetTransactionReceipt(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getTransactionReceipt";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    return node.reader()
        .locate(p.hash(0))
        .<JsonNode>map(l -> EthJson.receipt(node, l.block(), l.index()))
        .orElse(EthJson.F.nullNode());
  }
}
