package io.rampart.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.LegacyTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import io.rampart.crypto.tx.TransactionDecoder;
import io.rampart.crypto.tx.TxResult;
import io.rampart.node.devnet.BlockRecord;
import io.rampart.node.devnet.Devnet;
import io.rampart.node.devnet.NodeApi;
import io.rampart.node.rpc.Hex;
import java.math.BigInteger;
import java.util.Optional;

/** Ethereum's JSON shapes for blocks, transactions and receipts. */
public final class EthJson {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Keccak-256 of RLP([]): the uncle hash of a block without uncles. */
  static final String EMPTY_UNCLES =
      "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

  /** Root of an empty Merkle-Patricia trie (receipts and logs are not committed here). */
  static final String EMPTY_TRIE =
      "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

  static final String ZERO_BLOOM = "0x" + "00".repeat(256);

  /** The sender shown for deposits and forced transactions (the OP Stack's depositor account). */
  static final String SYSTEM_SENDER = "0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001";

  private EthJson() {}

  public static ObjectNode block(NodeApi node, BlockRecord b, boolean full) {
    ObjectNode o = F.objectNode();
    o.put("number", Hex.quantity(b.number()));
    o.put("hash", Hex.hash(b.hash()));
    o.put("parentHash", Hex.hash(b.parentHash()));
    o.put("nonce", "0x0000000000000000");
    o.put("mixHash", Hex.hash(Bytes32.ZERO));
    o.put("sha3Uncles", EMPTY_UNCLES);
    o.put("logsBloom", ZERO_BLOOM);
    o.put("transactionsRoot", EMPTY_TRIE);
    o.put("stateRoot", Hex.hash(b.stateRoot()));
    o.put("receiptsRoot", EMPTY_TRIE);
    o.put("miner", Devnet.FEE_VAULT.toLowerHex());
    o.put("difficulty", "0x0");
    o.put("totalDifficulty", "0x0");
    o.put("extraData", "0x");
    o.put("size", Hex.quantity(600L + 110L * b.size()));
    o.put("gasLimit", Hex.quantity(node.blockGasLimit()));
    o.put("gasUsed", Hex.quantity(b.gasUsed()));
    o.put("timestamp", Hex.quantity(b.timestamp()));
    o.put("baseFeePerGas", Hex.quantity(node.chain().fees().l2BaseFeeWei()));
    o.put("l1Origin", Hex.quantity(b.l1Origin()));
    ArrayNode txs = o.putArray("transactions");
    for (int i = 0; i < b.size(); i++) {
      if (full) {
        txs.add(transaction(node, b, i));
      } else {
        txs.add(Hex.hash(b.txHashes().get(i)));
      }
    }
    o.putArray("uncles");
    return o;
  }

  /** Transaction {@code i} of block {@code b}. */
  public static ObjectNode transaction(NodeApi node, BlockRecord b, int i) {
    byte[] raw = b.raw(i);
    ObjectNode o;
    if (BlockRecord.isSystem(raw)) {
      o = F.objectNode();
      o.put("hash", Hex.hash(b.txHashes().get(i)));
      o.put("type", "0x7e");
      o.put("from", SYSTEM_SENDER);
      o.putNull("to");
      o.put("nonce", "0x0");
      o.put("value", "0x0");
      o.put("gas", "0x0");
      o.put("gasPrice", "0x0");
      o.put("input", Hex.data(raw));
    } else {
      SignedTransaction st = decode(node, raw);
      o = transaction(node, st, sender(node, st), Optional.of(node.chain().fees().l2BaseFeeWei()));
    }
    o.put("blockHash", Hex.hash(b.hash()));
    o.put("blockNumber", Hex.quantity(b.number()));
    o.put("transactionIndex", Hex.quantity(i));
    return o;
  }

  /** A transaction outside any block (pending): block fields are null. */
  public static ObjectNode pending(NodeApi node, SignedTransaction st, Address from) {
    ObjectNode o = transaction(node, st, from, Optional.empty());
    o.putNull("blockHash");
    o.putNull("blockNumber");
    o.putNull("transactionIndex");
    return o;
  }

  private static ObjectNode transaction(
      NodeApi node, SignedTransaction st, Address from, Optional<Long> baseFee) {
    ObjectNode o = F.objectNode();
    o.put("hash", Hex.hash(st.hash()));
    o.put("type", Hex.quantity(st.transaction().type()));
    o.put("from", from.toLowerHex());
    var tx = st.transaction();
    if (tx.to().isPresent()) {
      o.put("to", tx.to().get().toLowerHex());
    } else {
      o.putNull("to");
    }
    o.put("nonce", Hex.quantity(tx.nonce()));
    o.put("value", Hex.quantity(tx.value()));
    o.put("gas", Hex.quantity(tx.gasLimit()));
    o.put("input", Hex.data(tx.data().toArray()));
    switch (tx) {
      case LegacyTransaction t -> {
        o.put("gasPrice", Hex.quantity(t.gasPrice()));
        t.chainId().ifPresent(c -> o.put("chainId", Hex.quantity(c)));
      }
      case DynamicFeeTransaction t -> {
        BigInteger price =
            baseFee
                .map(
                    bf ->
                        t.maxFeePerGas().min(BigInteger.valueOf(bf).add(t.maxPriorityFeePerGas())))
                .orElse(t.maxFeePerGas());
        o.put("gasPrice", Hex.quantity(price));
        o.put("maxFeePerGas", Hex.quantity(t.maxFeePerGas()));
        o.put("maxPriorityFeePerGas", Hex.quantity(t.maxPriorityFeePerGas()));
        o.put("chainId", Hex.quantity(t.chainId()));
        o.putArray("accessList");
        o.put("yParity", Hex.quantity(st.signature().recoveryId()));
      }
    }
    o.put("v", Hex.quantity(st.v()));
    o.put("r", Hex.quantity(st.signature().rValue()));
    o.put("s", Hex.quantity(st.signature().sValue()));
    return o;
  }

  /** The receipt of transaction {@code i} of block {@code b}. */
  public static ObjectNode receipt(NodeApi node, BlockRecord b, int i) {
    byte[] raw = b.raw(i);
    ObjectNode o = F.objectNode();
    o.put("transactionHash", Hex.hash(b.txHashes().get(i)));
    o.put("transactionIndex", Hex.quantity(i));
    o.put("blockHash", Hex.hash(b.hash()));
    o.put("blockNumber", Hex.quantity(b.number()));
    o.put("cumulativeGasUsed", Hex.quantity(b.cumulativeGas(i)));
    o.putNull("contractAddress");
    o.putArray("logs");
    o.put("logsBloom", ZERO_BLOOM);
    o.put("status", "0x1");
    if (BlockRecord.isSystem(raw)) {
      o.put("from", SYSTEM_SENDER);
      o.putNull("to");
      o.put("gasUsed", "0x0");
      o.put("effectiveGasPrice", "0x0");
      o.put("type", "0x7e");
      return o;
    }
    SignedTransaction st = decode(node, raw);
    o.put("from", sender(node, st).toLowerHex());
    o.put("to", st.transaction().to().map(Address::toLowerHex).orElse(null));
    o.put("gasUsed", Hex.quantity(21_000));
    long base = node.chain().fees().l2BaseFeeWei();
    BigInteger price =
        switch (st.transaction()) {
          case LegacyTransaction t -> t.gasPrice();
          case DynamicFeeTransaction t ->
              t.maxFeePerGas().min(BigInteger.valueOf(base).add(t.maxPriorityFeePerGas()));
        };
    o.put("effectiveGasPrice", Hex.quantity(price));
    o.put("type", Hex.quantity(st.transaction().type()));
    return o;
  }

  static SignedTransaction decode(NodeApi node, byte[] raw) {
    return switch (TransactionDecoder.decode(raw, node.chain().txRules())) {
      case TxResult.Ok<SignedTransaction> ok -> ok.value();
      case TxResult.Rejected<SignedTransaction> r ->
          throw new IllegalStateException("stored transaction does not decode: " + r.rejection());
    };
  }

  static Address sender(NodeApi node, SignedTransaction st) {
    return switch (st.recoverSender(node.ecdsa())) {
      case TxResult.Ok<Address> ok -> ok.value();
      case TxResult.Rejected<Address> r ->
          throw new IllegalStateException("stored transaction has no sender: " + r.rejection());
    };
  }
}
