package io.rampart.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;

/**
 * The positional parameters of one request, with typed accessors that throw {@link RpcException}
 * (invalid params, -32602) naming the parameter when it is missing or has the wrong type.
 */
public final class Params {
  private final String method;
  private final JsonNode array;

  public Params(String method, JsonNode params) {
    this.method = method;
    this.array = params;
  }

  public int size() {
    return array == null ? 0 : array.size();
  }

  /** Refuses more than {@code max} parameters. */
  public Params atMost(int max) {
    if (size() > max) {
      throw RpcException.invalidParams(
          method + " takes at most " + max + " parameter(s), got " + size());
    }
    return this;
  }

  public boolean has(int i) {
    return i < size() && !array.get(i).isNull();
  }

  public JsonNode node(int i) {
    if (!has(i)) {
      throw RpcException.invalidParams(method + ": missing parameter " + i);
    }
    return array.get(i);
  }

  public String string(int i) {
    JsonNode n = node(i);
    if (!n.isTextual()) {
      throw RpcException.invalidParams(
          method + ": parameter " + i + " must be a string, got " + n.getNodeType());
    }
    return n.asText();
  }

  public byte[] data(int i) {
    return Hex.parseData(string(i), method + " parameter " + i);
  }

  public Bytes32 hash(int i) {
    byte[] b = data(i);
    if (b.length != 32) {
      throw RpcException.invalidParams(
          method + ": parameter " + i + " must be a 32-byte hash, got " + b.length + " bytes");
    }
    return Bytes32.wrap(b);
  }

  public Address address(int i) {
    return parseAddress(string(i), method + " parameter " + i);
  }

  public static Address parseAddress(String s, String what) {
    return switch (Address.parse(s)) {
      case Address.Parsed.Valid ok -> ok.address();
      case Address.Parsed.Invalid err ->
          throw RpcException.invalidParams(what + ": " + err.error().message());
    };
  }

  public BigInteger quantity(int i) {
    return Hex.parseQuantity(string(i), method + " parameter " + i);
  }

  public boolean bool(int i, boolean dflt) {
    if (!has(i)) {
      return dflt;
    }
    JsonNode n = array.get(i);
    if (!n.isBoolean()) {
      throw RpcException.invalidParams(method + ": parameter " + i + " must be true or false");
    }
    return n.asBoolean();
  }

  public JsonNode object(int i) {
    JsonNode n = node(i);
    if (!n.isObject()) {
      throw RpcException.invalidParams(method + ": parameter " + i + " must be an object");
    }
    return n;
  }

  public String method() {
    return method;
  }
}
