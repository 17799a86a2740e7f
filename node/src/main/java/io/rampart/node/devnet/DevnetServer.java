package io.rampart.node.devnet;

import io.rampart.node.http.RpcHttpServer;
import io.rampart.node.rpc.Methods;
import io.rampart.node.rpc.RpcDispatcher;

/**
 * A running devnet: the node and its JSON-RPC server on 127.0.0.1. {@link #close} stops the server
 * first (no new requests), then the sequencer (after what is queued), then closes the store.
 */
public final class DevnetServer implements AutoCloseable {
  private final Devnet devnet;
  private final RpcHttpServer http;

  private DevnetServer(Devnet devnet, RpcHttpServer http) {
    this.devnet = devnet;
    this.http = http;
  }

  public static DevnetServer start(DevnetConfig cfg) {
    Devnet d = Devnet.open(cfg);
    try {
      RpcDispatcher dispatcher =
          new RpcDispatcher(Methods.all(d), cfg.limits().maxBatch(), d.metrics());
      RpcHttpServer http =
          new RpcHttpServer(
              cfg.rpcPort(), dispatcher, d.metrics(), cfg.limits(), System::currentTimeMillis);
      return new DevnetServer(d, http);
    } catch (RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public Devnet devnet() {
    return devnet;
  }

  public int port() {
    return http.port();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() {
    http.close();
    devnet.close();
  }
}
