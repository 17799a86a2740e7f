package io.rampart.node.rpc.rampart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;

/**
 * {@code rampart_depositFromL1(to, amountWei)}: queues a bridge deposit as the L1 bridge's {@code
 * DepositInitiated} event would, to be included as a system transaction at the start of the next
 * block. Dev mode: the devnet's L1 side is simulated, so no L1 funds move. Answers the deposit id
 * and the hash of its system transaction once it is durable.
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
    p.atMost(2);
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
    long origin = node.reader().head().l1Origin();
    L2Tx tx = Await.get(node.enqueueSystem(true, id -> new L2Tx.Deposit(id, origin, to, gwei)));
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("depositId", Hex.quantity(((L2Tx.Deposit) tx).id()));
    o.put("transactionHash", Hex.hash(tx.hash()));
    return o;
  }
}
