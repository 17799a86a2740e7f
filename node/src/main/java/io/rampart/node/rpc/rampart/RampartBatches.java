package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code rampart_batches}: how many batches the sequencer has closed, their total size, and the
 * number of the newest (or null).
 */
public final class RampartBatches implements JsonRpcMethod {
  private final NodeApi node;

  public RampartBatches(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_batches";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    long n = node.reader().batchCount();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("count", Hex.quantity(n));
    o.put("bytesPosted", Hex.quantity(node.metrics().batchBytes.sum()));
    if (n == 0) {
      o.putNull("latest");
    } else {
      o.put("latest", Hex.quantity(n - 1));
    }
    return o;
  }
}
