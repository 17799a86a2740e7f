package io.rampart.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON-RPC method. {@link #execute} returns the result or throws {@link RpcException} with the
 * error to answer; it must change nothing when it throws. Implementations are called from many
 * threads at once.
 */
public interface JsonRpcMethod {
  String name();

  JsonNode execute(Params params);

  /**
   * Runs several calls of this method from one batch. The default runs them one by one; a method
   * that gains from doing them together (sending transactions) overrides it.
   */
  default List<RpcOutcome> executeAll(List<Params> calls) {
    List<RpcOutcome> out = new ArrayList<>(calls.size());
    for (Params p : calls) {
      try {
        out.add(new RpcOutcome.Result(execute(p)));
      } catch (RpcException e) {
        out.add(new RpcOutcome.Failure(e.error()));
      }
    }
    return out;
  }
}
