package io.rampart.node.rpc;

import java.util.Optional;

/**
 * A JSON-RPC error: the standard codes of JSON-RPC 2.0 and Ethereum's {@code -32000} for a
 * transaction or call the node refuses; {@code data} carries the chain's typed reason when there is
 * one.
 */
public record RpcError(int code, String message, Optional<String> data) {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL = -32603;
  public static final int SERVER_ERROR = -32000;

  public static RpcError of(int code, String message) {
    return new RpcError(code, message, Optional.empty());
  }

  public static RpcError invalidParams(String message) {
    return of(INVALID_PARAMS, message);
  }

  public static RpcError rejected(String message, String reason) {
    return new RpcError(SERVER_ERROR, message, Optional.of(reason));
  }
}
