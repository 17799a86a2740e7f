package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import java.math.BigInteger;

/**
 * {@code rampart_getBatch(n)}: batch {@code n} as posted (version byte and zstd frame, hex) with
 * what it holds: first block, block count, transfers; null if there is no such batch.
 */
public final class RampartGetBatch implements JsonRpcMethod {
  private final NodeApi node;

  public RampartGetBatch(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_getBatch";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    BigInteger n = p.quantity(0);
    if (n.bitLength() > 62) {
      return JsonNodeFactory.instance.nullNode();
    }
    return node.reader()
        .batch(n.longValue())
        .<JsonNode>map(
            data -> {
              ObjectNode o = JsonNodeFactory.instance.objectNode();
              o.put("number", Hex.quantity(n));
              o.put("size", Hex.quantity(data.length));
              if (BatchCodec.decode(data, node.chain().chainId())
                  instanceof BatchDecodeResult.Decoded(Batch b)) {
                o.put("firstBlock", Hex.quantity(b.firstBlock()));
                o.put("blocks", Hex.quantity(b.blocks().size()));
                o.put("transactions", Hex.quantity(b.txCount()));
              }
              o.put("data", Hex.data(data));
              return o;
            })
        .orElse(JsonNodeFactory.instance.nullNode());
  }
}
