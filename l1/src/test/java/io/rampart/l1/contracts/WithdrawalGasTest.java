package io.rampart.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.L1TestKit;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.bridge.Withdrawal;
import io.rampart.l1.contracts.settlement.Commitment;
import io.rampart.l1.contracts.settlement.SettlementContract;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.merkle.KeccakMerkle;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gas of one successful withdrawal, against a figure computed by hand from Ethereum's rules under
 * the embedded L1's model (arithmetic, memory and stack opcodes are not charged).
 */
class WithdrawalGasTest {
  private static final long DELAY = 3_600;

  /** An empty account whose address has no zero byte. */
  private static final Address RECIPIENT = Address.wrap(filled(20, 0x11));

  private static byte[] filled(int n, int b) {
    byte[] out = new byte[n];
    Arrays.fill(out, (byte) b);
    return out;
  }

  /**
   * Withdrawal (id 1, RECIPIENT, 1 gwei), alone in its tree (root = its leaf hash, empty proof),
   * commitment 0 of {@code TrustedProposerSettlement}, final; relayed by Alice.
   *
   * <p>Calldata (228 bytes): selector a8ddb98d = keccak256("finalizeWithdrawal(uint256,uint256,
   * address,uint256,uint256,bytes)")[0..4], taken from an independent Keccak-256 (a reference
   * implementation in Python that gives c5d24601... for the empty string) (4 non-zero); commitment
   * index 0 (32 zero); id 1 (31 zero, 1 non-zero); recipient (12 zero, 20 non-zero); amount 1 (31
   * zero, 1 non-zero); leaf index 0 (32 zero); offset of the bytes 0xc0 (31 zero, 1 non-zero);
   * length 0 (32 zero): 201 zero and 27 non-zero bytes.
   *
   * <p>Intrinsic (Yellow Paper G_transaction, G_txdatazero; EIP-2028): 21,000 + 4 × 201 + 16 × 27 =
   * 22,236. EIP-7623 floor: tokens = 201 + 4 × 27 = 309, 21,000 + 10 × 309 = 24,090, below the
   * standard cost plus execution, so it does not bind.
   *
   * <p>Execution, in order:
   *
   * <ol>
   *   <li>call into the settlement contract, cold account (EIP-2929): 2,600
   *   <li>SLOAD commitment count, cold (EIP-2929): 2,100
   *   <li>KECCAK256 of 64 bytes for the commitment's mapping slot (Yellow Paper: 30 + 6 × 2): 42
   *   <li>SLOAD acceptance time, cold: 2,100
   *   <li>SLOAD withdrawal root, cold: 2,100 (read once: the status is not read again)
   *   <li>KECCAK256 of the 37-byte leaf 0x00 ‖ data (30 + 6 × 2): 42 (hashed once: the verifier
   *       gets the hash)
   *   <li>KECCAK256 of 64 bytes for the paid mark's mapping slot: 42
   *   <li>SLOAD paid mark, cold: 2,100
   *   <li>proof of zero levels: no hashing, 0
   *   <li>SSTORE paid mark 0 → 1, slot already warm (EIP-2200 SSTORE_SET, EIP-2929 no cold
   *       surcharge): 20,000
   *   <li>CALL with value to the recipient: cold account 2,600 (EIP-2929) + 9,000 G_callvalue +
   *       25,000 G_newaccount (empty account, EIP-161) − 2,300 stipend returned unused (Yellow
   *       Paper G_callstipend): 34,300
   *   <li>LOG2 with 64 data bytes (Yellow Paper: 375 + 2 × 375 + 8 × 64): 1,637
   * </ol>
   *
   * Execution total 67,063; no refund (no slot cleared, EIP-3529). Gas used: 22,236 + 67,063 =
   * 89,299.
   */
  @Test
  void oneWithdrawalCostsTheHandComputedFigure() {
    L1TestKit kit = new L1TestKit(L1Config.defaults(), DELAY);
    assertThat(
            kit.execute(
                    TxRequest.call(
                            L1TestKit.ALICE,
                            L1TestKit.BRIDGE,
                            new Bridge.Deposit(L1TestKit.ALICE),
                            100_000)
                        .withValue(Wei.ofEther(1)))
                .succeeded())
        .isTrue();
    Withdrawal w = new Withdrawal(1, RECIPIENT, 1);
    List<byte[]> leaves = List.of(w.leafData());
    Receipt proposed =
        kit.execute(
            TxRequest.call(
                L1TestKit.PROPOSER,
                L1TestKit.SETTLEMENT,
                new SettlementContract.Propose(
                    new Commitment(1, Bytes32.ZERO, KeccakMerkle.root(leaves))),
                300_000));
    assertThat(proposed.succeeded()).isTrue();
    kit.advanceTo(kit.chain.head().timestamp() + DELAY + 1);

    Bridge.FinalizeWithdrawal call = new Bridge.FinalizeWithdrawal(0, w, 0, List.of());
    assertThat(
            HexFormat.of()
                .formatHex(
                    Abi.selector(
                        "finalizeWithdrawal(uint256,uint256,address,uint256,uint256,bytes)")))
        .isEqualTo("a8ddb98d");
    byte[] data = call.calldata();
    assertThat(data).hasSize(228);
    int zeros = 0;
    for (byte b : data) {
      zeros += b == 0 ? 1 : 0;
    }
    assertThat(zeros).isEqualTo(201);

    Receipt r = kit.execute(TxRequest.call(L1TestKit.ALICE, L1TestKit.BRIDGE, call, 200_000));
    assertThat(r.succeeded()).isTrue();
    assertThat(kit.chain.balance(RECIPIENT)).isEqualTo(Wei.ofGwei(1));
    assertThat(r.gasUsed()).isEqualTo(22_236 + 67_063);
  }
}
