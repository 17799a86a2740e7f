package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.state.Account;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.BlockTag;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;

/**
 * {@code eth_getTransactionCount(address, block)}: the account nonce; with {@code pending}, the
 * nonce after the sender's gapless run of pooled transactions (read on the sequencer thread).
 */
public final class EthGetTransactionCount implements JsonRpcMethod {
  private final NodeApi node;

  public EthGetTransactionCount(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_getTransactionCount";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(2);
    Address a = p.address(0);
    if (p.has(1) && p.string(1).equals("pending")) {
      long n =
          Await.get(
              node.query(
                  s -> {
                    int idx = s.world().indexOf(a);
                    long nonce = idx < 0 ? 0 : s.world().account(idx).nonce();
                    return s.pool().nextNonce(a, nonce);
                  }));
      return EthJson.F.textNode(Hex.quantity(n));
    }
    BlockTag.requireHeadState(p, 1, node.reader());
    long nonce = node.reader().account(a).map(Account::nonce).orElse(0L);
    return EthJson.F.textNode(Hex.quantity(nonce));
  }
}
