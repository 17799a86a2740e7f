package io.rampart.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** A raw JSON-RPC client for tests: exact bodies in, parsed JSON (and the HTTP status) out. */
public final class Rpc {
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI uri;

  public Rpc(String url) {
    this.uri = URI.create(url + "/");
  }

  public record Answer(int status, JsonNode body) {}

  public HttpRequest request(String body) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  public HttpClient client() {
    return http;
  }

  public Answer post(String body) {
    try {
      HttpResponse<String> r = http.send(request(body), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Calls {@code method} with JSON {@code params}; returns the whole response object. */
  public JsonNode call(String method, String params) {
    return post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
            + method
            + "\",\"params\":"
            + params
            + "}")
        .body();
  }

  public JsonNode result(String method, String params) {
    JsonNode r = call(method, params);
    if (r.has("error")) {
      throw new AssertionError(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  public static String sendRawBody(int id, byte[] raw) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"eth_sendRawTransaction\",\"params\":[\"0x"
        + HexFormat.of().formatHex(raw)
        + "\"]}";
  }

  public static byte[] transfer(long chainId, PrivateKey key, long nonce, Address to, long gwei) {
    var tx =
        new DynamicFeeTransaction(
            chainId,
            nonce,
            GWEI,
            GWEI.multiply(BigInteger.TWO),
            21_000,
            Optional.of(to),
            BigInteger.valueOf(gwei).multiply(GWEI),
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, key, Ecdsa.defaultInstance()).encoded();
  }
}
