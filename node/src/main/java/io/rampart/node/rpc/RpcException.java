package io.rampart.node.rpc;

/**
 * Thrown by a method or by {@link Params} to answer a request with {@code error}; the dispatcher
 * turns it into the error response. Nothing has been changed when it is thrown.
 */
public final class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient RpcError error;

  public RpcException(RpcError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public static RpcException invalidParams(String message) {
    return new RpcException(RpcError.invalidParams(message));
  }

  public RpcError error() {
    return error;
  }
}
