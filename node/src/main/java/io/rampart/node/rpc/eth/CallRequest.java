package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.state.Account;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The call object of {@code eth_call} and {@code eth_estimateGas}. This chain runs only value
 * transfers, so a call is a transfer dry run: it needs a recipient, no data, a whole-gwei value and
 * (when {@code from} is given) the balance to pay it.
 */
record CallRequest(Optional<Address> from, Address to, BigInteger value) {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);

  static CallRequest parse(Params p, int i) {
    JsonNode o = p.object(i);
    String what = p.method() + " call";
    Optional<Address> from = text(o, "from").map(s -> Params.parseAddress(s, what + ".from"));
    Address to =
        text(o, "to")
            .map(s -> Params.parseAddress(s, what + ".to"))
            .orElseThrow(
                () ->
                    refused(
                        "contract creation is not supported: only value transfers",
                        "NOT_A_TRANSFER"));
    BigInteger value =
        text(o, "value").map(s -> Hex.parseQuantity(s, what + ".value")).orElse(BigInteger.ZERO);
    for (String f : new String[] {"data", "input"}) {
      Optional<String> d = text(o, f);
      if (d.isPresent() && Hex.parseData(d.get(), what + "." + f).length > 0) {
        throw refused(
            "only value transfers are supported: " + f + " must be empty", "NOT_A_TRANSFER");
      }
    }
    if (value.mod(GWEI).signum() != 0) {
      throw refused("value must be a whole number of gwei", "VALUE_NOT_WHOLE_GWEI");
    }
    return new CallRequest(from, to, value);
  }

  /** Refuses the call if {@code from} cannot pay the value. */
  void checkFunds(NodeApi node) {
    if (from.isEmpty()) {
      return;
    }
    long bal = node.reader().account(from.get()).map(Account::balanceGwei).orElse(0L);
    BigInteger have = new BigInteger(Long.toUnsignedString(bal)).multiply(GWEI);
    if (have.compareTo(value) < 0) {
      throw refused("insufficient funds for transfer", "INSUFFICIENT_FUNDS");
    }
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw RpcException.invalidParams("call object field " + field + " must be a string");
    }
    return Optional.of(n.asText());
  }

  private static RpcException refused(String msg, String reason) {
    return new RpcException(RpcError.rejected(msg, reason));
  }
}
