package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.l1.chain.Receipt;
import io.rampart.models.optimistic.game.Node;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.util.Locale;

/** JSON for the embedded L1's views (shared by the {@code rampart_} rollup methods). */
final class RollupJson {
  private RollupJson() {}

  static ObjectNode commitment(RollupViews.Commitment c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("index", Hex.quantity(c.index()));
    o.put("l2BlockNumber", Hex.quantity(c.l2Block()));
    if (c.anchorBlock() < 0) {
      o.putNull("anchorBlock"); // anchored on the genesis state
    } else {
      o.put("anchorBlock", Hex.quantity(c.anchorBlock()));
    }
    o.put("stateRoot", Hex.hash(c.stateRoot()));
    o.put("withdrawalRoot", Hex.hash(c.withdrawalRoot()));
    o.put("traceRoot", Hex.hash(c.traceRoot()));
    o.put("l1BlockNumber", Hex.quantity(c.l1Block()));
    o.put("l1Timestamp", Hex.quantity(c.l1Timestamp()));
    o.put("status", c.status());
    if (c.finalAfter() >= 0) {
      o.put("finalAfter", Hex.quantity(c.finalAfter()));
    }
    o.put("proposer", c.proposer().toHex());
    o.put("bond", Hex.gweiAsWei(c.bondGwei()));
    o.put("moves", Hex.quantity(c.moves()));
    o.put("forged", c.forged());
    return o;
  }

  static ObjectNode game(RollupViews.Game g) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("commitment", commitment(g.commitment()));
    o.put(
        "result",
        switch ((int) g.result()) {
          case 1 -> "defenderWins";
          case 2 -> "challengerWins";
          default -> "open";
        });
    o.put("bondsHeld", Hex.gweiAsWei(g.heldGwei()));
    ArrayNode nodes = o.putArray("nodes");
    for (RollupViews.GameNode gn : g.nodes()) {
      Node n = gn.node();
      ObjectNode j = nodes.addObject();
      j.put("id", Hex.quantity(n.id()));
      if (n.isRoot()) {
        j.putNull("parent");
      } else {
        j.put("parent", Hex.quantity(n.parent()));
      }
      j.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
      j.put("level", n.level().name().toLowerCase(Locale.ROOT));
      j.put("depth", n.depth());
      j.put("segment", "[" + n.lo() + ", " + n.hi() + "]");
      j.put("block", Hex.quantity(n.block()));
      j.put("claimant", n.claimant().toHex());
      j.put("bond", Hex.gweiAsWei(n.bondGwei()));
      j.put("createdAt", Hex.quantity(n.createdAt()));
      j.put("clockUsed", Hex.quantity(n.clock()));
      j.put("deadline", Hex.quantity(gn.deadline()));
      j.put("startRoot", Hex.hash(n.startRoot()));
      j.put("endRoot", Hex.hash(n.endRoot()));
      ArrayNode roots = j.putArray("roots");
      n.roots().forEach(r -> roots.add(Hex.hash(r)));
      j.put("resolution", n.resolution().name().toLowerCase(Locale.ROOT));
    }
    return o;
  }

  /** The L1 part of an answer, or the error if the L1 refused or reverted it. */
  static ObjectNode included(RollupViews.Outcome out) {
    switch (out) {
      case RollupViews.Refused r ->
          throw new RpcException(RpcError.rejected(r.message(), r.reason()));
      case RollupViews.Included in -> {
        Receipt rc = in.receipt();
        if (!rc.succeeded()) {
          throw new RpcException(
              RpcError.rejected(
                  "the L1 transaction " + rc.txHash().toHex() + " reverted: " + rc.revertReason(),
                  rc.revertReason() == null ? rc.status().name() : rc.revertReason()));
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("l1TransactionHash", Hex.hash(rc.txHash()));
        o.put("l1BlockNumber", Hex.quantity(rc.blockNumber()));
        o.put("l1GasUsed", Hex.quantity(rc.gasUsed()));
        return o;
      }
    }
  }
}
