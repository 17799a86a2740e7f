package io.rampart.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.node.devnet.DevnetServer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * web3j, a real Ethereum client library, against a running devnet: it signs transfers (legacy and
 * EIP-1559) and a withdrawal with a dev key, sends them, waits for receipts, and reads balances and
 * nonces back.
 */
class Web3jIntegrationTest {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final String WITHDRAWAL = "0x4200000000000000000000000000000000000016";

  @TempDir Path dir;
  private DevnetServer server;
  private Web3j web3;
  private long chainId;
  private Credentials alice;

  @BeforeEach
  void start() throws Exception {
    server = TestNodes.start(dir, 200);
    web3 = Web3j.build(new HttpService(server.url()));
    chainId = web3.ethChainId().send().getChainId().longValueExact();
    // anvil's and Hardhat's dev account 0 of the test mnemonic
    alice =
        Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  }

  @AfterEach
  void stop() {
    web3.shutdown();
    server.close();
  }

  @Test
  void transfersAndWithdrawalWithReceiptsBalancesAndNonces() throws Exception {
    assertThat(alice.getAddress()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assertThat(web3.netVersion().send().getNetVersion()).isEqualTo(Long.toString(chainId));
    String bob = "0x1111111111111111111111111111111111111111";
    BigInteger aliceBefore = balance(alice.getAddress());
    assertThat(aliceBefore).isEqualTo(BigInteger.valueOf(10_000).multiply(BigInteger.TEN.pow(18)));
    assertThat(nonce(alice.getAddress(), DefaultBlockParameterName.PENDING)).isZero();

    BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice();
    BigInteger estimate =
        web3.ethEstimateGas(
                org.web3j.protocol.core.methods.request.Transaction.createEtherTransaction(
                    alice.getAddress(), null, null, null, bob, GWEI.multiply(BigInteger.TEN)))
            .send()
            .getAmountUsed();
    assertThat(estimate).isEqualTo(BigInteger.valueOf(21_000));

    // 1: legacy EIP-155 transfer of 7 gwei
    RawTransaction legacy =
        RawTransaction.createEtherTransaction(
            BigInteger.ZERO, gasPrice, estimate, bob, GWEI.multiply(BigInteger.valueOf(7)));
    String h1 = send(TransactionEncoder.signMessage(legacy, chainId, alice));
    // 2: EIP-1559 transfer of 0.5 ether
    RawTransaction eip1559 =
        RawTransaction.createEtherTransaction(
            chainId,
            BigInteger.ONE,
            BigInteger.valueOf(21_000),
            bob,
            BigInteger.TEN.pow(17).multiply(BigInteger.valueOf(5)),
            GWEI,
            GWEI.multiply(BigInteger.valueOf(2)));
    String h2 = send(TransactionEncoder.signMessage(eip1559, alice));
    // 3: a withdrawal of 1 ether to L1
    RawTransaction withdrawal =
        RawTransaction.createEtherTransaction(
            chainId,
            BigInteger.TWO,
            BigInteger.valueOf(21_000),
            WITHDRAWAL,
            BigInteger.TEN.pow(18),
            GWEI,
            GWEI.multiply(BigInteger.valueOf(2)));
    String h3 = send(TransactionEncoder.signMessage(withdrawal, alice));
    assertThat(nonce(alice.getAddress(), DefaultBlockParameterName.PENDING))
        .isEqualTo(BigInteger.valueOf(3));

    TransactionReceipt r1 = waitForReceipt(h1);
    TransactionReceipt r2 = waitForReceipt(h2);
    TransactionReceipt r3 = waitForReceipt(h3);
    for (TransactionReceipt r : new TransactionReceipt[] {r1, r2, r3}) {
      assertThat(r.isStatusOK()).isTrue();
      assertThat(r.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000));
      assertThat(r.getFrom()).isEqualTo(alice.getAddress());
    }
    assertThat(r3.getTo()).isEqualTo(WITHDRAWAL);

    assertThat(nonce(alice.getAddress(), DefaultBlockParameterName.LATEST))
        .isEqualTo(BigInteger.valueOf(3));
    BigInteger bobGets =
        GWEI.multiply(BigInteger.valueOf(7))
            .add(BigInteger.TEN.pow(17).multiply(BigInteger.valueOf(5)));
    assertThat(balance(bob)).isEqualTo(bobGets);
    // the withdrawal credits no L2 account
    assertThat(balance(WITHDRAWAL)).isZero();
    BigInteger spent = aliceBefore.subtract(balance(alice.getAddress()));
    BigInteger moved = bobGets.add(BigInteger.TEN.pow(18));
    assertThat(spent).isGreaterThan(moved);
    // fees are execution gas plus the L1 data fee, both well below 0.001 ether here
    assertThat(spent.subtract(moved)).isLessThan(BigInteger.TEN.pow(15));

    EthBlock.Block block = web3.ethGetBlockByHash(r2.getBlockHash(), true).send().getBlock();
    assertThat(block.getNumber()).isEqualTo(r2.getBlockNumber());
    assertThat(block.getTransactions())
        .anySatisfy(t -> assertThat(((EthBlock.TransactionObject) t).getHash()).isEqualTo(h2));
    var tx = web3.ethGetTransactionByHash(h3).send().getTransaction();
    assertThat(tx).isPresent();
    assertThat(tx.get().getValue()).isEqualTo(BigInteger.TEN.pow(18));
  }

  @Test
  void refusedTransactionIsAnErrorAndChangesNothing() throws Exception {
    String bob = "0x2222222222222222222222222222222222222222";
    // a value that is not a whole number of gwei
    RawTransaction bad =
        RawTransaction.createEtherTransaction(
            chainId, BigInteger.ZERO, BigInteger.valueOf(21_000), bob, BigInteger.ONE, GWEI, GWEI);
    EthSendTransaction r =
        web3.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(bad, alice)))
            .send();
    assertThat(r.hasError()).isTrue();
    assertThat(r.getError().getCode()).isEqualTo(-32000);
    assertThat(r.getError().getMessage()).contains("VALUE_NOT_WHOLE_GWEI");
    assertThat(nonce(alice.getAddress(), DefaultBlockParameterName.PENDING)).isZero();
    assertThat(balance(bob)).isZero();
  }

  private String send(byte[] signed) throws Exception {
    EthSendTransaction r = web3.ethSendRawTransaction(Numeric.toHexString(signed)).send();
    assertThat(r.hasError()).as(() -> r.getError().getMessage()).isFalse();
    return r.getTransactionHash();
  }

  private BigInteger balance(String a) throws Exception {
    return web3.ethGetBalance(a, DefaultBlockParameterName.LATEST).send().getBalance();
  }

  private BigInteger nonce(String a, DefaultBlockParameterName tag) throws Exception {
    return web3.ethGetTransactionCount(a, tag).send().getTransactionCount();
  }

  private TransactionReceipt waitForReceipt(String hash) throws Exception {
    for (int i = 0; i < 200; i++) { // bounded: 20 s
      Optional<TransactionReceipt> r =
          web3.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
      if (r.isPresent()) {
        return r.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no receipt for " + hash);
  }
}
