package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.crypto.Bytes32;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code rampart_withdrawalStatus(txHash)}: where a withdrawal stands: {@code pending} (in the
 * pool), {@code sealed} (in an L2 block, with its withdrawal index; its proof comes from {@code
 * rampart_getWithdrawalProof}), {@code notAWithdrawal}, or {@code unknown}. A sealed withdrawal
 * also reports its stage on L1 ({@code l1}): {@code sealed} (no output root covers its block yet),
 * {@code proposed} (one does, not yet final; {@code proposal} names it), {@code final} (claim it
 * with {@code rampart_finalizeWithdrawal}), {@code paid} (with the L1 transaction).
 */
public final class RampartWithdrawalStatus implements JsonRpcMethod {
  private final NodeApi node;

  public RampartWithdrawalStatus(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_withdrawalStatus";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    Bytes32 h = p.hash(0);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("transactionHash", Hex.hash(h));
    var loc = node.reader().locate(h);
    if (loc.isPresent()) {
      var idx = node.reader().withdrawalIndexOf(h);
      if (idx.isEmpty()) {
        o.put("status", "notAWithdrawal");
        return o;
      }
      o.put("status", "sealed");
      o.put("blockNumber", Hex.quantity(loc.get().block().number()));
      o.put("withdrawalIndex", Hex.quantity(idx.get()));
      RollupViews.WithdrawalL1 l1 =
          Await.get(node.rollup().withdrawal(idx.get(), loc.get().block().number()));
      o.put("l1", l1.stage());
      if (l1.proposal() >= 0) {
        o.put("proposal", Hex.quantity(l1.proposal()));
      }
      l1.paidBy().ifPresent(tx -> o.put("l1TransactionHash", Hex.hash(tx)));
      return o;
    }
    boolean pooled = Await.get(node.query(a -> a.pool().contains(h)));
    o.put("status", pooled ? "pending" : "unknown");
    return o;
  }
}
