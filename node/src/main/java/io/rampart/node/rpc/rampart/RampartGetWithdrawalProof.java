package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.state.MerkleTree32;
import io.rampart.chain.state.Withdrawal;
import io.rampart.chain.state.WorldState;
import io.rampart.crypto.Bytes32;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code rampart_getWithdrawalProof(index)}: withdrawal leaf {@code index} of the withdrawal tree
 * at the head, with its 32 sibling hashes (leaf level first) and the tree and state roots they
 * prove against; null if there is no such withdrawal. Read on the sequencer thread, so leaf, path
 * and roots belong to one block.
 */
public final class RampartGetWithdrawalProof implements JsonRpcMethod {
  private final NodeApi node;

  public RampartGetWithdrawalProof(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_getWithdrawalProof";
  }

  private record Proof(
      Withdrawal w, Bytes32 leaf, List<Bytes32> path, Bytes32 treeRoot, Bytes32 stateRoot) {}

  @Override
  public JsonNode execute(Params p) {
    p.atMost(1);
    BigInteger i = p.quantity(0);
    Proof pr =
        Await.get(
            node.query(
                a -> {
                  WorldState w = a.world();
                  if (i.bitLength() > 62 || i.longValue() >= w.withdrawalCount()) {
                    return null;
                  }
                  long k = i.longValue();
                  MerkleTree32 t = w.trees().withdrawalTree();
                  return new Proof(w.withdrawal(k), t.leaf(k), t.siblings(k), t.root(), w.root());
                }));
    if (pr == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("index", Hex.quantity(pr.w().index()));
    o.put("owner", pr.w().owner().toLowerHex());
    o.put("amount", Hex.gweiAsWei(pr.w().amountGwei()));
    o.put("leaf", Hex.hash(pr.leaf()));
    ArrayNode path = o.putArray("proof");
    pr.path().forEach(h -> path.add(Hex.hash(h)));
    o.put("withdrawalRoot", Hex.hash(pr.treeRoot()));
    o.put("stateRoot", Hex.hash(pr.stateRoot()));
    return o;
  }
}
