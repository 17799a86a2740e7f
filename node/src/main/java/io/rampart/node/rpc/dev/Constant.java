package io.rampart.node.rpc.dev;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * A method without parameters whose answer never changes: {@code web3_clientVersion}, {@code
 * eth_syncing} (false), {@code eth_accounts} (empty: the node holds no keys), {@code
 * net_listening}.
 */
public final class Constant implements JsonRpcMethod {
  private final String name;
  private final JsonNode value;

  public Constant(String name, JsonNode value) {
    this.name = name;
    this.value = value;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    return value;
  }
}
