package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;

/**
 * {@code rampart_getCommitments(fromIndex?, count?)}: the proposed output roots from {@code
 * fromIndex} (default 0), at most {@code count} (default and limit 1000): L2 block, roots, the L1
 * block and time of the proposal, status ({@code pending}, {@code disputed}, {@code final}, {@code
 * rejected}), when it becomes final if nobody counters it, bond, moves made against it, and whether
 * it was forged on request ({@code rampart_dev_forgeNextProposal}).
 */
public final class RampartGetCommitments implements JsonRpcMethod {
  static final int MAX = 1_000;

  private final NodeApi node;

  public RampartGetCommitments(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_getCommitments";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    long from = p.has(0) ? small(p.quantity(0), "fromIndex") : 0;
    long count = p.has(1) ? small(p.quantity(1), "count") : MAX;
    if (count < 1 || count > MAX) {
      throw new RpcException(RpcError.invalidParams("count must be 1.." + MAX));
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (RollupViews.Commitment c : Await.get(node.rollup().commitments(from, (int) count))) {
      out.add(RollupJson.commitment(c));
    }
    return out;
  }

  static long small(BigInteger v, String what) {
    if (v.bitLength() > 62) {
      throw new RpcException(RpcError.invalidParams(what + " is too large"));
    }
    return v.longValue();
  }
}
