package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.state.Withdrawal;
import io.rampart.crypto.Bytes32;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;

/**
 * {@code rampart_finalizeWithdrawal(txHash)}: claims on L1 the withdrawal that L2 transaction made:
 * sends the bridge's {@code finalizeWithdrawal} with the withdrawal's Merkle path against the
 * latest final output root that covers its block, and answers once the L1 block holds it. The
 * bridge pays the owner's L1 address (the same 20 bytes). Errors: not a sealed withdrawal ({@code
 * NOT_A_WITHDRAWAL}), no final root yet ({@code NOT_FINAL}), already paid ({@code
 * ALREADY_WITHDRAWN}); each changes nothing.
 */
public final class RampartFinalizeWithdrawal implements JsonRpcMethod {
  private final NodeApi node;

  public RampartFinalizeWithdrawal(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_finalizeWithdrawal";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    Bytes32 h = p.hash(0);
    var loc = node.reader().locate(h);
    var idx =
        loc.isPresent() ? node.reader().withdrawalIndexOf(h) : java.util.Optional.<Long>empty();
    if (idx.isEmpty()) {
      throw new RpcException(
          RpcError.rejected(
              "no sealed withdrawal was made by transaction " + h.toHex(), "NOT_A_WITHDRAWAL"));
    }
    long k = idx.get();
    Withdrawal w = Await.get(node.query(a -> a.world().withdrawal(k)));
    ObjectNode o =
        RollupJson.included(
            Await.get(node.rollup().finalizeWithdrawal(w, loc.get().block().number())));
    o.put("withdrawalIndex", Hex.quantity(k));
    o.put("recipient", w.owner().toLowerHex());
    o.put("amount", Hex.gweiAsWei(w.amountGwei()));
    return o;
  }
}
