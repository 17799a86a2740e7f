package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code rampart_getDisputeGame(index)}: the dispute game of proposal {@code index}: its result,
 * the bonds it holds, and every node (claim, dissection or step) with its segment, roots, claimant,
 * bond, chess clock used, the last second it can be countered, and its resolution; null if there is
 * no such proposal.
 */
public final class RampartGetDisputeGame implements JsonRpcMethod {
  private final NodeApi node;

  public RampartGetDisputeGame(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_getDisputeGame";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    long index = RampartGetCommitments.small(p.quantity(0), "index");
    return Await.get(node.rollup().game(index))
        .<JsonNode>map(RollupJson::game)
        .orElse(JsonNodeFactory.instance.nullNode());
  }
}
