package io.rampart.node.rpc.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code evm_mine}: seals one block now with what the pool holds (up to the block gas limit) and
 * answers {@code "0x0"} as anvil does, once the block is stored and visible to reads. A timestamp
 * parameter is accepted and ignored: block time is the wall clock.
 */
public final class EvmMine implements JsonRpcMethod {
  private final NodeApi node;

  public EvmMine(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "evm_mine";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    Await.get(node.mine());
    return JsonNodeFactory.instance.textNode("0x0");
  }
}
