package io.rampart.node.rpc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for the sequencer thread's answer on behalf of an RPC thread. */
public final class Await {
  private static final long TIMEOUT_SECONDS = 60;

  private Await() {}

  public static <T> T get(CompletableFuture<T> f) {
    try {
      return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(RpcError.of(RpcError.INTERNAL, "interrupted"));
    } catch (TimeoutException e) {
      throw new RpcException(
          RpcError.of(RpcError.SERVER_ERROR, "the sequencer did not answer in time"));
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RpcException r) {
        throw r;
      }
      String m = c instanceof IllegalStateException ? c.getMessage() : "internal error";
      throw new RpcException(RpcError.of(RpcError.SERVER_ERROR, m));
    }
  }
}
