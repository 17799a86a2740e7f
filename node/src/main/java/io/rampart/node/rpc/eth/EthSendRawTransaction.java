package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.tx.Rejection;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Await;
import io.rampart.node.rpc.Hex;
import io.rampart.node.rpc.JsonRpcMethod;
import io.rampart.node.rpc.Params;
import io.rampart.node.rpc.RpcError;
import io.rampart.node.rpc.RpcException;
import io.rampart.node.rpc.RpcOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eth_sendRawTransaction(data)}: admits a signed transfer; the hash is returned only once
 * the transaction is durable (journaled with a synced write). All calls of one JSON-RPC batch are
 * checked in parallel and admitted as one group. A refusal is error -32000 whose message starts
 * with go-ethereum's wording (which wallets match on) and whose {@code data} is the chain's reason.
 */
public final class EthSendRawTransaction implements JsonRpcMethod {
  private final NodeApi node;

  public EthSendRawTransaction(NodeApi node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_sendRawTransaction";
  }

  @Override
  public JsonNode execute(Params p) {
    return switch (executeAll(List.of(p)).get(0)) {
      case RpcOutcome.Result r -> r.value();
      case RpcOutcome.Failure f -> throw new RpcException(f.error());
    };
  }

  @Override
  public List<RpcOutcome> executeAll(List<Params> calls) {
    RpcOutcome[] out = new RpcOutcome[calls.size()];
    List<byte[]> raws = new ArrayList<>(calls.size());
    List<Integer> where = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      try {
        Params p = calls.get(i).atMost(1);
        raws.add(p.data(0));
        where.add(i);
      } catch (RpcException e) {
        out[i] = new RpcOutcome.Failure(e.error());
      }
    }
    if (!raws.isEmpty()) {
      List<AdmitResult> rs = Await.get(node.submit(raws));
      for (int k = 0; k < rs.size(); k++) {
        out[where.get(k)] =
            switch (rs.get(k)) {
              case AdmitResult.Added a ->
                  new RpcOutcome.Result(EthJson.F.textNode(Hex.hash(a.tx().hash())));
              case AdmitResult.Replaced r ->
                  new RpcOutcome.Result(EthJson.F.textNode(Hex.hash(r.tx().hash())));
              case AdmitResult.Rejected r -> new RpcOutcome.Failure(error(r.rejection()));
            };
      }
    }
    return List.of(out);
  }

  static RpcError error(Rejection r) {
    String phrase =
        switch (r.reason()) {
          case NONCE_TOO_LOW -> "nonce too low";
          case NONCE_TOO_HIGH, NONCE_GAP_TOO_LARGE -> "nonce too high";
          case ALREADY_KNOWN -> "already known";
          case INSUFFICIENT_FUNDS -> "insufficient funds for gas * price + value";
          case UNDERPRICED_REPLACEMENT -> "replacement transaction underpriced";
          case POOL_FULL -> "txpool is full";
          case FEE_BELOW_BASE_FEE -> "max fee per gas less than block base fee";
          case GAS_LIMIT_TOO_LOW -> "intrinsic gas too low";
          case OVERSIZE -> "oversized data";
          case WRONG_CHAIN_ID, MISSING_CHAIN_ID -> "invalid chain id";
          case BAD_SIGNATURE -> "invalid sender";
          case BAD_ENCODING -> "rlp: invalid transaction";
          case NOT_A_TRANSFER -> "only value transfers are supported";
          case VALUE_NOT_WHOLE_GWEI, VALUE_TOO_LARGE -> "invalid value";
          case FEE_OUT_OF_RANGE -> "fee out of range";
          case BALANCE_OVERFLOW -> "balance overflow";
          case ACCOUNTS_EXHAUSTED -> "no account index left";
        };
    return RpcError.rejected(phrase + " (" + r.message() + ")", r.reason().name());
  }
}
