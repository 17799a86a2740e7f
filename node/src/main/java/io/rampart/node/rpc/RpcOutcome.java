package io.rampart.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/** What one request produced: a result or an error. */
public sealed interface RpcOutcome {
  record Result(JsonNode value) implements RpcOutcome {}

  record Failure(RpcError error) implements RpcOutcome {}
}
