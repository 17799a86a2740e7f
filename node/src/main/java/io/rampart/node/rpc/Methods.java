package io.rampart.node.rpc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.dev.Constant;
import io.rampart.node.rpc.dev.EvmMine;
import io.rampart.node.rpc.dev.EvmSetAutomine;
import io.rampart.node.rpc.dev.TxpoolStatus;
import io.rampart.node.rpc.eth.EthBlockNumber;
import io.rampart.node.rpc.eth.EthCall;
import io.rampart.node.rpc.eth.EthChainId;
import io.rampart.node.rpc.eth.EthEstimateGas;
import io.rampart.node.rpc.eth.EthFeeHistory;
import io.rampart.node.rpc.eth.EthGasPrice;
import io.rampart.node.rpc.eth.EthGetBalance;
import io.rampart.node.rpc.eth.EthGetBlockByHash;
import io.rampart.node.rpc.eth.EthGetBlockByNumber;
import io.rampart.node.rpc.eth.EthGetTransactionByHash;
import io.rampart.node.rpc.eth.EthGetTransactionCount;
import io.rampart.node.rpc.eth.EthGetTransactionReceipt;
import io.rampart.node.rpc.eth.EthMaxPriorityFeePerGas;
import io.rampart.node.rpc.eth.EthSendRawTransaction;
import io.rampart.node.rpc.eth.NetVersion;
import io.rampart.node.rpc.rampart.RampartBatches;
import io.rampart.node.rpc.rampart.RampartDepositFromL1;
import io.rampart.node.rpc.rampart.RampartDevForgeNextProposal;
import io.rampart.node.rpc.rampart.RampartFinalizeWithdrawal;
import io.rampart.node.rpc.rampart.RampartForceInclude;
import io.rampart.node.rpc.rampart.RampartGetBatch;
import io.rampart.node.rpc.rampart.RampartGetCommitments;
import io.rampart.node.rpc.rampart.RampartGetDisputeGame;
import io.rampart.node.rpc.rampart.RampartGetWithdrawalProof;
import io.rampart.node.rpc.rampart.RampartL1Status;
import io.rampart.node.rpc.rampart.RampartWithdrawalStatus;
import java.util.ArrayList;
import java.util.List;

/** Every JSON-RPC method the devnet serves. */
public final class Methods {
  private Methods() {}

  public static List<JsonRpcMethod> all(NodeApi node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonRpcMethod> m = new ArrayList<>();
    m.add(new EthChainId(node));
    m.add(new NetVersion(node));
    m.add(new EthBlockNumber(node));
    m.add(new EthGetBalance(node));
    m.add(new EthGetTransactionCount(node));
    m.add(new EthSendRawTransaction(node));
    m.add(new EthGetTransactionByHash(node));
    m.add(new EthGetTransactionReceipt(node));
    m.add(new EthGetBlockByNumber(node));
    m.add(new EthGetBlockByHash(node));
    m.add(new EthEstimateGas(node));
    m.add(new EthGasPrice(node));
    m.add(new EthMaxPriorityFeePerGas(node));
    m.add(new EthFeeHistory(node));
    m.add(new EthCall(node));
    m.add(new EvmMine(node));
    m.add(new TxpoolStatus(node));
    m.add(new EvmSetAutomine());
    m.add(new RampartBatches(node));
    m.add(new RampartGetBatch(node));
    m.add(new RampartGetWithdrawalProof(node));
    m.add(new RampartWithdrawalStatus(node));
    m.add(new RampartDepositFromL1(node));
    m.add(new RampartForceInclude(node));
    m.add(new RampartFinalizeWithdrawal(node));
    m.add(new RampartL1Status(node));
    m.add(new RampartGetCommitments(node));
    m.add(new RampartGetDisputeGame(node));
    m.add(new RampartDevForgeNextProposal(node));
    m.add(new Constant("web3_clientVersion", f.textNode("rampart/0.1.0")));
    m.add(new Constant("eth_syncing", f.booleanNode(false)));
    m.add(new Constant("eth_accounts", f.arrayNode()));
    m.add(new Constant("net_listening", f.booleanNode(true)));
    return m;
  }
}
