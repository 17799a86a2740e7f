package io.rampart.node.rpc.rampart;

import io.rampart.l1.core.Address;
import io.rampart.models.optimistic.l2.L1Reader;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.devnet.RollupL1;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import java.math.BigInteger;

/** The L1 address an L1-side dev method sends from: a dev account's, by its index. */
final class DevL1Account {
  private DevL1Account() {}

  /**
   * The L1 address of the dev account whose index is parameter {@code at} (0 when absent); the
   * sequencer's operator account when the devnet has no dev accounts. An index out of range is
   * invalid params.
   */
  static Address of(NodeApi node, Params p, int at) {
    int accounts = node.devKeys().size();
    BigInteger from = p.has(at) ? p.quantity(at) : BigInteger.ZERO;
    if (from.compareTo(BigInteger.valueOf(Math.max(accounts, 1))) >= 0) {
      throw new RpcException(
          RpcError.invalidParams(
              "fromAccount must be a dev account index below " + Math.max(accounts, 1)));
    }
    return accounts == 0
        ? RollupL1.SEQUENCER
        : L1Reader.toL1(node.devKeys().get(from.intValue()).address());
  }
}
