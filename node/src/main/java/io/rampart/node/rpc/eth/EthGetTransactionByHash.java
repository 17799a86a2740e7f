package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import java.util.Optional;

/**
 * {@code eth_getTransactionByHash(hash)}: a sealed transaction with its block, a pooled one with
 * null block fields, or null.
 */
public final class EthGetTransactionByHash implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetTransactionByHash(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getTransactionByHash";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    Bytes32 h = p.hash(0);
    var loc = node.reader().locate(h);
    if (loc.isPresent()) {
      return EthJson.transaction(node, loc.get().block(), loc.get().index());
    }
    Optional<L2Tx.UserTx> pooled = Await.get(node.query(s -> s.pool().get(h)));
    if (pooled.isPresent()) {
      return EthJson.pending(node, pooled.get().signed(), pooled.get().sender());
    }
    // it may have been sealed between the two reads
    return node.reader()
        .locate(h)
        .<JsonNode>map(l -> EthJson.transaction(node, l.block(), l.index()))
        .orElse(EthJson.F.nullNode());
  }
}
