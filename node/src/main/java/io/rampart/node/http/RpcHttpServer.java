package io.rampart.node.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.rampart.node.devnet.RpcLimits;
import io.rampart.node.metrics.NodeMetrics;
import io.rampart.node.rpc.RpcDispatcher;
import io.rampart.node.rpc.RpcError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * JSON-RPC over HTTP on 127.0.0.1 (the JDK's built-in server): POST / with a JSON body, GET
 * /metrics for Prometheus. Each exchange runs on a virtual thread; at most {@code maxConcurrent}
 * are being handled at once, the rest wait. Bodies above {@code maxBodyBytes} are refused with HTTP
 * 413 and a JSON-RPC error, without being read to the end.
 */
public final class RpcHttpServer implements AutoCloseable {
  private static final String MAX_IDLE = "sun.net.httpserver.maxIdleConnections";
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";
  private final HttpServer server;
  private final ExecutorService executor;
  private final RpcDispatcher dispatcher;
  private final NodeMetrics metrics;
  private final RpcLimits limits;
  private final Semaphore slots;
  private final LongSupplier clockMillis;

  public RpcHttpServer(
      int port,
      RpcDispatcher dispatcher,
      NodeMetrics metrics,
      RpcLimits limits,
      LongSupplier clockMillis) {
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.limits = limits;
    this.slots = new Semaphore(limits.maxConcurrent());
    this.clockMillis = clockMillis;
    // The JDK server closes a connection that turns idle while 200 others are idle; a client
    // that reuses it at that moment sees its POST fail unanswered. Keep many more idle ones.
    if (System.getProperty(MAX_IDLE) == null) {
      System.setProperty(MAX_IDLE, "4096");
    }
    // The JDK server writes a response's headers and its body separately. With Nagle's algorithm
    // on (its default) the body waits for the client to acknowledge the headers, and a client
    // that delays its acknowledgements (Linux: up to 40 ms) stalls every response that long. The
    // property is the server's documented switch for TCP_NODELAY (module jdk.httpserver).
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (method.equals("GET") && path.equals("/metrics")) {
        byte[] body = metrics.render(clockMillis.getAsLong()).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        send(ex, 200, body);
        return;
      }
      if (!method.equals("POST") || !(path.equals("/") || path.isEmpty())) {
        ex.getResponseHeaders().set("Allow", "POST");
        send(ex, method.equals("POST") ? 404 : 405, new byte[0]);
        return;
      }
      slots.acquireUninterruptibly();
      try {
        byte[] body = readLimited(ex);
        byte[] out;
        int status = 200;
        if (body == null) {
          status = 413;
          out =
              dispatcher.refusal(
                  RpcError.of(
                      RpcError.INVALID_REQUEST,
                      "request body exceeds " + limits.maxBodyBytes() + " bytes"));
        } else {
          out = dispatcher.handle(body);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        send(ex, status, out);
      } finally {
        slots.release();
      }
    }
  }

  /** The body, or null when it is longer than the limit (declared or actual). */
  private byte[] readLimited(HttpExchange ex) throws IOException {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > limits.maxBodyBytes()) {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    InputStream in = ex.getRequestBody();
    byte[] b = in.readNBytes(limits.maxBodyBytes() + 1);
    return b.length > limits.maxBodyBytes() ? null : b;
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
