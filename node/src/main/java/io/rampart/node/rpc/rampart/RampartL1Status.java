package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code rampart_l1Status()}: the embedded L1's head, the rollup's contracts and operators (with
 * their L1 balances), batches posted and the sequencer's L1 gas, proposals and open disputes, the
 * game's timing, and how far derivation from L1 has rebuilt the L2.
 */
public final class RampartL1Status implements JsonRpcMethod {
  private final NodeApi node;

  public RampartL1Status(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_l1Status";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(0);
    RollupViews.L1Status s = Await.get(node.rollup().status());
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("blockNumber", Hex.quantity(s.blockNumber()));
    o.put("timestamp", Hex.quantity(s.timestamp()));
    o.put("slotSeconds", s.slotSeconds());
    o.put("genesisTimeMillis", s.genesisWallMillis());
    o.put("inbox", s.inbox().toHex());
    o.put("bridge", s.bridge().toHex());
    o.put("disputeGame", s.game().toHex());
    o.put("bridgeEscrow", Hex.quantity(s.bridgeEscrow().value()));
    o.put("bondsHeld", Hex.quantity(s.gameHeld().value()));
    ArrayNode parties = o.putArray("operators");
    for (RollupViews.Party party : s.parties()) {
      ObjectNode j = parties.addObject();
      j.put("role", party.role());
      j.put("address", party.address().toHex());
      j.put("balance", Hex.quantity(party.balance().value()));
    }
    o.put("batchesPosted", Hex.quantity(s.batchesPosted()));
    o.put("sequencerGasUsed", Hex.quantity(s.sequencerGas()));
    o.put("proposals", Hex.quantity(s.proposals()));
    o.put("disputesOpen", Hex.quantity(s.disputesOpen()));
    o.put("challengeWindowSeconds", s.challengeWindow());
    o.put("maxClockSeconds", s.maxClock());
    o.put("clockExtensionSeconds", s.clockExtension());
    o.put("forceDelaySeconds", s.forceDelaySeconds());
    o.put("derivedL2Blocks", Hex.quantity(s.derivedBlocks()));
    o.put("l2Origin", Hex.quantity(s.l2Origin()));
    return o;
  }
}
