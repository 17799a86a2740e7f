package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupViews;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;

/**
 * {@code rampart_depositFromL1(to, amountWei, fromAccount?)}: a bridge deposit on the embedded L1,
 * sent by dev account {@code fromAccount} (default 0; each dev account is funded on L1 too), which
 * reaches the L2 as every deposit does: derivation reads the bridge's {@code DepositInitiated} and
 * the sequencer includes it first in its next block. Answers once the L1 block holds it: the
 * deposit id, the hash of its L2 system transaction, and the L1 transaction.
 */
public final class RampartDepositFromL1 implements JsonRpcMethod {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final BigInteger MAX_GWEI = BigInteger.ONE.shiftLeft(64);

  private final NodeApi node;

  public RampartDepositFromL1(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "rampart_depositFromL1";
  }

  @Override
  public JsonNode execute(Params p) {
    p.atMost(3);
    Address to = p.address(0);
    BigInteger wei = p.quantity(1);
    if (wei.signum() <= 0
        || wei.mod(GWEI).signum() != 0
        || wei.divide(GWEI).compareTo(MAX_GWEI) >= 0) {
      throw new RpcException(
          RpcError.rejected(
              "deposit amount must be a positive whole number of gwei below 2^64 gwei",
              "VALUE_NOT_WHOLE_GWEI"));
    }
    long gwei = wei.divide(GWEI).longValue();
    io.rampart.l1.core.Address sender = DevL1Account.of(node, p, 2);
    RollupViews.Outcome out = Await.get(node.rollup().deposit(sender, to, gwei));
    ObjectNode o = RollupJson.included(out);
    L2Tx tx = ((RollupViews.Included) out).l2().orElseThrow();
    o.put("depositId", Hex.quantity(((L2Tx.Deposit) tx).id()));
    o.put("transactionHash", Hex.hash(tx.hash()));
    return o;
  }
}
