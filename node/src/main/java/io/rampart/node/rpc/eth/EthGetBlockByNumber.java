package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.BlockTag;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code eth_getBlockByNumber(block, full)}: the block (with transaction objects when {@code full},
 * else hashes), or null above the head.
 */
public final class EthGetBlockByNumber implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetBlockByNumber(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getBlockByNumber";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    p.node(0);
    long n = BlockTag.number(p, 0, node.reader());
    boolean full = p.bool(1, false);
    return node.reader()
        .block(n)
        .<JsonNode>map(b -> EthJson.block(node, b, full))
        .orElse(EthJson.F.nullNode());
  }
}
