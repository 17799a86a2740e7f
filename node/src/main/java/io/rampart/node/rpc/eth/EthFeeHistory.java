package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.BlockTag;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;

/**
 * {@code eth_feeHistory(blockCount, newestBlock, rewardPercentiles)}: the L2 base fee is a fixed
 * chain parameter, so every base fee is the same; gas used ratios come from the blocks; rewards are
 * the suggested tip. At most 1,024 blocks.
 */
public final class EthFeeHistory implements JsonRpcMethod {
  private static final int MAX_BLOCKS = 1024;
  private final NodeApi node;

  public EthFeeHistory(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_feeHistory";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(3);
    JsonNode c = p.node(0);
    long count;
    if (c.isIntegralNumber()) {
      count = c.asLong();
    } else if (c.isTextual()) {
      BigInteger b = Hex.parseQuantity(c.asText(), "eth_feeHistory blockCount");
      count = b.bitLength() > 31 ? Long.MAX_VALUE : b.longValue();
    } else {
      throw RpcException.invalidParams("eth_feeHistory: blockCount must be a number");
    }
    if (count < 1 || count > MAX_BLOCKS) {
      throw RpcException.invalidParams("eth_feeHistory: blockCount must be 1.." + MAX_BLOCKS);
    }
    long newest = BlockTag.number(p, 1, node.reader());
    if (newest < 0) {
      throw RpcException.invalidParams("eth_feeHistory: newestBlock is beyond the head");
    }
    int percentiles = 0;
    if (p.has(2)) {
      JsonNode pc = p.node(2);
      if (!pc.isArray() || pc.size() > 100) {
        throw RpcException.invalidParams(
            "eth_feeHistory: rewardPercentiles must be an array of up to 100 numbers");
      }
      double last = -1;
      for (JsonNode x : pc) {
        if (!x.isNumber() || x.asDouble() < last || x.asDouble() < 0 || x.asDouble() > 100) {
          throw RpcException.invalidParams("eth_feeHistory: percentiles must rise within 0..100");
        }
        last = x.asDouble();
      }
      percentiles = pc.size();
    }
    long oldest = Math.max(0, newest - count + 1);
    String base = Hex.quantity(node.chain().fees().l2BaseFeeWei());
    ObjectNode o = EthJson.F.objectNode();
    o.put("oldestBlock", Hex.quantity(oldest));
    ArrayNode bases = o.putArray("baseFeePerGas");
    ArrayNode ratios = o.putArray("gasUsedRatio");
    ArrayNode rewards = percentiles > 0 ? o.putArray("reward") : null;
    for (long n = oldest; n <= newest; n++) {
      bases.add(base);
      long used = node.reader().block(n).map(b -> b.gasUsed()).orElse(0L);
      ratios.add((double) used / node.blockGasLimit());
      if (rewards != null) {
        ArrayNode r = rewards.addArray();
        for (int k = 0; k < percentiles; k++) {
          r.add(Hex.quantity(EthGasPrice.TIP_WEI));
        }
      }
    }
    bases.add(base);
    return o;
  }
}
