package io.rampart.node.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.node.metrics.NodeMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-RPC 2.0 over one request body: a single request or a batch. Every request gets a response
 * with its id: a result, or an error with the standard code. A request that fails changes nothing;
 * the others in its batch are not affected. Calls of one method in a batch run together through
 * {@link JsonRpcMethod#executeAll} (so a batch of raw transactions is admitted as one group), one
 * method after another in order of first appearance. Requests without an id (notifications) are
 * refused as invalid: every call is answered.
 */
public final class RpcDispatcher {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, JsonRpcMethod> methods = new HashMap<>();
  private final int maxBatch;
  private final NodeMetrics metrics;

  public RpcDispatcher(List<JsonRpcMethod> methods, int maxBatch, NodeMetrics metrics) {
    for (JsonRpcMethod m : methods) {
      if (this.methods.put(m.name(), m) != null) {
        throw new IllegalArgumentException("method registered twice: " + m.name());
      }
    }
    this.maxBatch = maxBatch;
    this.metrics = metrics;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** The response body for {@code body}. */
  public byte[] handle(byte[] body) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return write(error(null, RpcError.of(RpcError.PARSE_ERROR, "parse error: " + brief(e))));
    } catch (IOException e) {
      return write(error(null, RpcError.of(RpcError.PARSE_ERROR, "parse error")));
    }
    if (tree == null || tree.isMissingNode()) {
      return write(error(null, RpcError.of(RpcError.PARSE_ERROR, "parse error: empty body")));
    }
    if (!tree.isArray()) {
      return write(handleBatch(List.of(tree)).get(0));
    }
    if (tree.isEmpty()) {
      return write(error(null, RpcError.of(RpcError.INVALID_REQUEST, "empty batch")));
    }
    if (tree.size() > maxBatch) {
      return write(
          error(
              null,
              RpcError.of(
                  RpcError.INVALID_REQUEST,
                  "batch of " + tree.size() + " requests exceeds the limit of " + maxBatch)));
    }
    List<JsonNode> reqs = new ArrayList<>(tree.size());
    tree.forEach(reqs::add);
    ArrayNode out = F.arrayNode(reqs.size());
    handleBatch(reqs).forEach(out::add);
    return write(out);
  }

  private record Call(int pos, JsonNode id, Params params) {}

  private List<ObjectNode> handleBatch(List<JsonNode> reqs) {
    ObjectNode[] out = new ObjectNode[reqs.size()];
    Map<JsonRpcMethod, List<Call>> groups = new LinkedHashMap<>();
    for (int i = 0; i < reqs.size(); i++) {
      JsonNode r = reqs.get(i);
      metrics.rpcRequests.increment();
      JsonNode id = r.isObject() ? r.get("id") : null;
      if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
        out[i] =
            error(null, RpcError.of(RpcError.INVALID_REQUEST, "id must be a string or number"));
        continue;
      }
      RpcError invalid = validate(r);
      if (invalid != null) {
        out[i] = error(id, invalid);
        continue;
      }
      String name = r.get("method").asText();
      JsonRpcMethod m = methods.get(name);
      if (m == null) {
        out[i] =
            error(
                id,
                RpcError.of(
                    RpcError.METHOD_NOT_FOUND,
                    "the method " + name + " does not exist/is not available"));
        continue;
      }
      JsonNode params = r.get("params");
      groups
          .computeIfAbsent(m, k -> new ArrayList<>())
          .add(new Call(i, id, new Params(name, params)));
    }
    for (var g : groups.entrySet()) {
      List<Call> calls = g.getValue();
      List<RpcOutcome> results;
      try {
        results = g.getKey().executeAll(calls.stream().map(Call::params).toList());
      } catch (RuntimeException e) {
        RpcError err =
            RpcError.of(RpcError.INTERNAL, "internal error: " + e.getClass().getSimpleName());
        results = calls.stream().<RpcOutcome>map(c -> new RpcOutcome.Failure(err)).toList();
      }
      for (int k = 0; k < calls.size(); k++) {
        Call c = calls.get(k);
        out[c.pos()] =
            switch (results.get(k)) {
              case RpcOutcome.Result res -> result(c.id(), res.value());
              case RpcOutcome.Failure f -> error(c.id(), f.error());
            };
      }
    }
    return List.of(out);
  }

  private static RpcError validate(JsonNode r) {
    if (!r.isObject()) {
      return RpcError.of(RpcError.INVALID_REQUEST, "a request must be a JSON object");
    }
    JsonNode v = r.get("jsonrpc");
    if (v == null || !v.isTextual() || !v.asText().equals("2.0")) {
      return RpcError.of(RpcError.INVALID_REQUEST, "jsonrpc must be \"2.0\"");
    }
    if (!r.has("id")) {
      return RpcError.of(RpcError.INVALID_REQUEST, "missing id (notifications are not supported)");
    }
    JsonNode m = r.get("method");
    if (m == null || !m.isTextual() || m.asText().isEmpty()) {
      return RpcError.of(RpcError.INVALID_REQUEST, "method must be a non-empty string");
    }
    JsonNode p = r.get("params");
    if (p != null && !p.isArray() && !p.isNull()) {
      return RpcError.of(RpcError.INVALID_PARAMS, "params must be an array (by-position)");
    }
    return null;
  }

  private ObjectNode result(JsonNode id, JsonNode value) {
    ObjectNode o = F.objectNode();
    o.put("jsonrpc", "2.0");
    o.set("id", id == null ? F.nullNode() : id);
    o.set("result", value == null ? F.nullNode() : value);
    return o;
  }

  private ObjectNode error(JsonNode id, RpcError e) {
    metrics.rpcErrors.increment();
    ObjectNode o = F.objectNode();
    o.put("jsonrpc", "2.0");
    o.set("id", id == null ? F.nullNode() : id);
    ObjectNode err = o.putObject("error");
    err.put("code", e.code());
    err.put("message", e.message());
    e.data().ifPresent(d -> err.put("data", d));
    return o;
  }

  /** Answer for a body refused before parsing (too large). */
  public byte[] refusal(RpcError e) {
    return write(error(null, e));
  }

  private byte[] write(JsonNode n) {
    try {
      return mapper.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  private static String brief(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m == null ? "invalid JSON" : (m.length() > 120 ? m.substring(0, 120) : m);
  }
}
