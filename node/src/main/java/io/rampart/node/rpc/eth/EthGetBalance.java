package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.state.Account;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.BlockTag;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/** {@code eth_getBalance(address, block)}: the balance in wei (whole gwei on this chain). */
public final class EthGetBalance implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetBalance(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getBalance";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    Address a = p.address(0);
    BlockTag.requireHeadState(p, 1, node.reader());
    long gwei = node.reader().account(a).map(Account::balanceGwei).orElse(0L);
    return EthJson.F.textNode(Hex.gweiAsWei(gwei));
  }
}
