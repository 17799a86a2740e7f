package io.rampart.l1.contracts;

import static io.rampart.l1.L1TestKit.ALICE;
import static io.rampart.l1.L1TestKit.BOB;
import static io.rampart.l1.L1TestKit.BRIDGE;
import static io.rampart.l1.L1TestKit.PROPOSER;
import static io.rampart.l1.L1TestKit.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.bridge.BridgeRejection;
import io.rampart.l1.contracts.bridge.Withdrawal;
import io.rampart.l1.contracts.settlement.Commitment;
import io.rampart.l1.contracts.settlement.SettlementContract;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.merkle.KeccakMerkle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bridge's withdrawal checks. Every rejected call must revert with its precise reason and
 * change no balance but the relayer's gas payment; the L1's ether supply is checked after every
 * block.
 */
class BridgeTest {
  private static final long DELAY = 3_600;
  private static final Address CAROL = Address.named("carol");
  private static final Address RELAYER = ALICE;

  private L1TestKit kit;
  private List<Withdrawal> withdrawals;
  private List<byte[]> leaves;
  private long acceptedAt;

  @BeforeEach
  void setUp() {
    kit = new L1TestKit(io.rampart.l1.core.L1Config.defaults(), DELAY);
    Receipt dep = kit.execute(deposit(ALICE, Wei.ofEther(10)));
    assertThat(dep.succeeded()).isTrue();
    withdrawals =
        List.of(
            new Withdrawal(0, CAROL, 1_000_000_000L),
            new Withdrawal(1, BOB, 2_000_000_000L),
            new Withdrawal(2, CAROL, 500_000_000L));
    leaves = new ArrayList<>();
    for (Withdrawal w : withdrawals) {
      leaves.add(w.leafData());
    }
    Receipt p = kit.execute(propose(KeccakMerkle.root(leaves)));
    assertThat(p.succeeded()).isTrue();
    acceptedAt = kit.chain.head().timestamp();
    assertThat(kit.execute(propose(Bytes32.ZERO)).succeeded()).isTrue(); // commitment 1
  }

  private static TxRequest deposit(Address from, Wei value) {
    return TxRequest.call(from, BRIDGE, new Bridge.Deposit(from), 100_000).withValue(value);
  }

  private static TxRequest propose(Bytes32 withdrawalRoot) {
    return TxRequest.call(
        PROPOSER,
        SETTLEMENT,
        new SettlementContract.Propose(new Commitment(1, Bytes32.ZERO.flipBit(3), withdrawalRoot)),
        300_000);
  }

  private TxRequest finalize(long commitment, int index, List<Bytes32> proof) {
    return TxRequest.call(
        RELAYER,
        BRIDGE,
        new Bridge.FinalizeWithdrawal(commitment, withdrawals.get(index), index, proof),
        300_000);
  }

  private TxRequest finalize(int index) {
    return finalize(0, index, KeccakMerkle.proof(leaves, index));
  }

  private void makeFinal() {
    kit.advanceTo(acceptedAt + DELAY + 1);
  }

  /** Runs {@code tx} in a block at {@code timestamp} (or the next slot) and checks the outcome. */
  private Receipt expectRejected(TxRequest tx, BridgeRejection reason, Long timestamp) {
    Wei escrow = kit.chain.balance(BRIDGE);
    Wei carol = kit.chain.balance(CAROL);
    Wei bob = kit.chain.balance(BOB);
    Wei relayer = kit.chain.balance(RELAYER);
    SubmitResult.Accepted a = (SubmitResult.Accepted) kit.chain.submit(tx);
    if (timestamp == null) {
      kit.nextBlock();
    } else {
      kit.chain.produceBlock(timestamp);
    }
    Receipt r = kit.chain.receipt(a.tx().hash()).orElseThrow();
    assertThat(r.status()).isEqualTo(Receipt.Status.REVERTED);
    assertThat(r.revertReason()).isEqualTo(reason.name());
    assertThat(r.logs()).isEmpty();
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow);
    assertThat(kit.chain.balance(CAROL)).isEqualTo(carol);
    assertThat(kit.chain.balance(BOB)).isEqualTo(bob);
    assertThat(kit.chain.balance(RELAYER)).isEqualTo(relayer.minus(r.fee()));
    assertSupplyConserved();
    return r;
  }

  private void assertSupplyConserved() {
    assertThat(kit.chain.state().totalSupply()).isEqualTo(kit.chain.minted());
  }

  @Test
  void depositEscrowsAndAnnouncesIt() {
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(Wei.ofEther(10));
    Receipt r = kit.execute(deposit(BOB, Wei.ofGwei(5)));
    Bridge.DepositEvent e = Bridge.DepositEvent.from(r.logs().getFirst(), BRIDGE).orElseThrow();
    assertThat(e).isEqualTo(new Bridge.DepositEvent(1, BOB, BOB, 5));
    assertSupplyConserved();
  }

  @Test
  void depositsMustBePositiveWholeGwei() {
    expectRejected(deposit(RELAYER, Wei.ZERO), BridgeRejection.ZERO_DEPOSIT, null);
    Receipt r = kit.execute(deposit(BOB, Wei.of(1_500_000_000L)));
    assertThat(r.revertReason()).isEqualTo(BridgeRejection.NOT_WHOLE_GWEI.name());
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(Wei.ofEther(10));
  }

  @Test
  void finalWithdrawalIsPaidOnce() {
    makeFinal();
    Wei carol = kit.chain.balance(CAROL);
    Receipt ok = kit.execute(finalize(0));
    assertThat(ok.succeeded()).isTrue();
    assertThat(kit.chain.balance(CAROL)).isEqualTo(carol.plus(Wei.ofGwei(1_000_000_000L)));
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(Wei.ofEther(9));
    expectRejected(finalize(0), BridgeRejection.ALREADY_WITHDRAWN, null);
    // the other leaves are still payable
    assertThat(kit.execute(finalize(2)).succeeded()).isTrue();
    assertThat(kit.chain.balance(CAROL)).isEqualTo(carol.plus(Wei.ofGwei(1_500_000_000L)));
  }

  @Test
  void nonFinalCommitmentIsRejected() {
    expectRejected(finalize(1), BridgeRejection.COMMITMENT_NOT_FINAL, null);
  }

  @Test
  void deadlineBoundaryOneSecondBeforeAndExactlyAtAreRejectedOneAfterPays() {
    long deadline = acceptedAt + DELAY;
    expectRejected(finalize(1), BridgeRejection.COMMITMENT_NOT_FINAL, deadline - 1);
    expectRejected(finalize(1), BridgeRejection.COMMITMENT_NOT_FINAL, deadline);
    Wei bob = kit.chain.balance(BOB);
    kit.chain.submit(finalize(1));
    kit.chain.produceBlock(deadline + 1);
    assertThat(kit.chain.balance(BOB)).isEqualTo(bob.plus(Wei.ofEther(2)));
  }

  @Test
  void zeroAndUnknownRootsAreRejected() {
    makeFinal();
    expectRejected(
        finalize(1, 0, KeccakMerkle.proof(leaves, 0)), BridgeRejection.ZERO_WITHDRAWAL_ROOT, null);
    expectRejected(
        finalize(7, 0, KeccakMerkle.proof(leaves, 0)), BridgeRejection.UNKNOWN_COMMITMENT, null);
  }

  @Test
  void wrongProofsAreRejected() {
    makeFinal();
    List<Bytes32> proof = KeccakMerkle.proof(leaves, 1);
    for (int level = 0; level < proof.size(); level++) {
      List<Bytes32> bad = new ArrayList<>(proof);
      bad.set(level, bad.get(level).flipBit(17));
      expectRejected(finalize(0, 1, bad), BridgeRejection.INVALID_PROOF, null);
    }
    expectRejected(finalize(0, 1, proof.subList(0, 1)), BridgeRejection.INVALID_PROOF, null);
    expectRejected(
        finalize(0, 1, KeccakMerkle.proof(leaves, 0)), BridgeRejection.INVALID_PROOF, null);
    // a withdrawal that is not in the tree: more money to Bob under leaf 1's proof
    TxRequest inflated =
        TxRequest.call(
            RELAYER,
            BRIDGE,
            new Bridge.FinalizeWithdrawal(0, new Withdrawal(1, BOB, 3_000_000_000L), 1, proof),
            300_000);
    expectRejected(inflated, BridgeRejection.INVALID_PROOF, null);
    // and the honest one still pays
    assertThat(kit.execute(finalize(0, 1, proof)).succeeded()).isTrue();
  }

  @Test
  void outOfGasLeavesTheWithdrawalPayable() {
    makeFinal();
    Wei escrow = kit.chain.balance(BRIDGE);
    TxRequest starved =
        TxRequest.call(
            RELAYER,
            BRIDGE,
            new Bridge.FinalizeWithdrawal(0, withdrawals.get(0), 0, KeccakMerkle.proof(leaves, 0)),
            40_000);
    Receipt r = kit.execute(starved);
    assertThat(r.status()).isEqualTo(Receipt.Status.OUT_OF_GAS);
    assertThat(r.gasUsed()).isEqualTo(40_000);
    assertThat(kit.chain.balance(BRIDGE)).isEqualTo(escrow);
    assertThat(kit.execute(finalize(0)).succeeded()).isTrue();
    assertSupplyConserved();
  }

  @Test
  void onlyTheProposerMayPropose() {
    Receipt r =
        kit.execute(
            TxRequest.call(
                BOB,
                SETTLEMENT,
                new SettlementContract.Propose(new Commitment(2, Bytes32.ZERO, Bytes32.ZERO)),
                300_000));
    assertThat(r.revertReason()).isEqualTo("NOT_PROPOSER");
  }
}
