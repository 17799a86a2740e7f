package io.rampart.node.rpc.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;

/**
 * {@code evm_setAutomine(false)}: accepted, since the devnet never seals a block per transaction;
 * blocks come from the block time and {@code evm_mine}. Turning automine on is refused.
 */
public final class EvmSetAutomine implements JsonRpcMethod {
  @Override
  public String name() {
    return "evm_setAutomine";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    if (p.bool(0, false)) {
      throw new RpcException(
          RpcError.of(
              RpcError.SERVER_ERROR,
              "automine is not supported: blocks come from --block-time and evm_mine"));
    }
    return JsonNodeFactory.instance.booleanNode(true);
  }
}
