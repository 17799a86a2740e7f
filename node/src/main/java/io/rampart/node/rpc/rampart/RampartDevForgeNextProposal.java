package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code rampart_dev_forgeNextProposal()}: dev only. The proposer's next output root carries a
 * wrong withdrawal root (as if it meant to steal from the bridge) and is not defended; the
 * challenger counters it, and once the clocks run out the proposal is rejected and its bond goes to
 * the challenger (less the burnt share). Journaled like any L1 input, so it survives a restart.
 */
public final class RampartDevForgeNextProposal implements JsonRpcMethod {
  private final NodeApi node;

  public RampartDevForgeNextProposal(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_dev_forgeNextProposal";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return JsonNodeFactory.instance.booleanNode(Await.get(node.rollup().forgeNextProposal()));
  }
}
