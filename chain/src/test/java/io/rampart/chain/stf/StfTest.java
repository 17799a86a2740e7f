package io.rampart.chain.stf;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.fee.Fees;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.tx.SignedTransaction;
import org.junit.jupiter.api.Test;

class StfTest {
  private final Fixture fx = new Fixture(4, 11);
  private final WorldState world = fx.fundedWorld(3, 1_000_000);

  private L2Tx.UserTx user(SignedTransaction st) {
    return ((Checked.Ok) TxChecks.check(fx.cfg, st.encoded(), Fixture.ECDSA)).tx();
  }

  private void assertInvalid(L2Tx tx, Reason reason) {
    Bytes32 root = world.root();
    StateOverlay o = new StateOverlay(world);
    TxOutcome out = Stf.apply(fx.cfg, o, tx, Fixture.ECDSA);
    assertThat(out)
        .isInstanceOfSatisfying(
            TxOutcome.Invalid.class, i -> assertThat(i.rejection().reason()).isEqualTo(reason));
    assertThat(o.diff().isEmpty()).isTrue();
    assertThat(world.root()).isEqualTo(root);
  }

  private Receipt applyOk(StateOverlay o, L2Tx tx) {
    TxOutcome out = Stf.apply(fx.cfg, o, tx, Fixture.ECDSA);
    assertThat(out).isInstanceOf(TxOutcome.Applied.class);
    return ((TxOutcome.Applied) out).receipt();
  }

  @Test
  void transferMovesValueAndPaysBothFeesToTheFeeRecipient() {
    StateOverlay o = new StateOverlay(world);
    Receipt r = applyOk(o, user(fx.transfer(0, fx.addresses.get(1), 0, 1_000)));
    assertThat(r.success()).isTrue();
    // Type 2 pays min(cap 1 gwei, base 0.01 gwei + tip 0.001 gwei) = 0.011 gwei per gas.
    assertThat(r.executionFeeGwei()).isEqualTo(Fees.executionFeeGwei(11_000_000L)).isEqualTo(231);
    assertThat(r.l1FeeGwei()).isPositive();
    assertThat(o.account(0).balanceGwei()).isEqualTo(1_000_000 - 1_000 - r.feesGwei());
    assertThat(o.account(0).nonce()).isEqualTo(1);
    assertThat(o.account(1).balanceGwei()).isEqualTo(1_001_000);
    int fee = o.indexOf(fx.cfg.feeRecipient());
    assertThat(o.account(fee).balanceGwei()).isEqualTo(r.feesGwei());
  }

  @Test
  void transferToNewAddressCreatesTheNextIndex() {
    StateOverlay o = new StateOverlay(world);
    Receipt r = applyOk(o, user(fx.transfer(0, fx.addresses.get(3), 0, 5)));
    assertThat(r.toCreated()).isTrue();
    assertThat(r.toIndex()).isEqualTo(3);
    assertThat(o.indexOf(fx.addresses.get(3))).isEqualTo(3);
  }

  @Test
  void withdrawalAppendsALeafAndCreditsNobody() {
    StateOverlay o = new StateOverlay(world);
    Receipt r = applyOk(o, user(fx.transfer(1, ChainConfig.WITHDRAWAL_ADDRESS, 0, 7)));
    assertThat(r.kind()).isEqualTo(Receipt.Kind.WITHDRAWAL);
    assertThat(o.withdrawalCount()).isEqualTo(1);
    assertThat(o.indexOf(ChainConfig.WITHDRAWAL_ADDRESS)).isEqualTo(-1);
    assertThat(o.diff().withdrawals().getFirst().amountGwei()).isEqualTo(7);
  }

  @Test
  void invalidTransfersWriteNothing() {
    assertInvalid(user(fx.transfer(0, fx.addresses.get(1), 1, 1)), Reason.NONCE_TOO_HIGH);
    assertInvalid(user(fx.transfer(0, fx.addresses.get(1), 1_000_000, 1)), Reason.NONCE_TOO_HIGH);
    assertInvalid(
        user(fx.transfer(0, fx.addresses.get(1), 0, 1_000_000)), Reason.INSUFFICIENT_FUNDS);
    assertInvalid(user(fx.transfer(3, fx.addresses.get(1), 0, 1)), Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void nonceTooLowAfterUse() {
    StateOverlay o = new StateOverlay(world);
    applyOk(o, user(fx.transfer(0, fx.addresses.get(1), 0, 1)));
    world.apply(o.diff());
    assertInvalid(user(fx.transfer(0, fx.addresses.get(1), 0, 2)), Reason.NONCE_TOO_LOW);
  }

  @Test
  void creditOverflowIsInvalidAndWritesNothing() {
    Fixture free = new Fixture(3, 12, fx.cfg.hasher(), FeeParams.free());
    WorldState w = free.fundedWorld(2, 1_000);
    StateOverlay o = new StateOverlay(w);
    Stf.apply(free.cfg, o, free.deposit(9, 1, free.addresses.get(1), -1L - 1_000), Fixture.ECDSA);
    assertThat(o.account(1).balanceGwei()).isEqualTo(-1L); // 2^64 - 1 gwei
    var st = free.transfer(0, free.addresses.get(1), 0, 1);
    var tx = ((Checked.Ok) TxChecks.check(free.cfg, st.encoded(), Fixture.ECDSA)).tx();
    StateOverlay o2 = new StateOverlay(o);
    TxOutcome out = Stf.apply(free.cfg, o2, tx, Fixture.ECDSA);
    assertThat(out)
        .isInstanceOfSatisfying(
            TxOutcome.Invalid.class,
            i -> assertThat(i.rejection().reason()).isEqualTo(Reason.BALANCE_OVERFLOW));
    assertThat(o2.diff().isEmpty()).isTrue();
  }

  @Test
  void depositThatWouldOverflowIsIncludedButFailed() {
    StateOverlay o = new StateOverlay(world);
    Receipt r = applyOk(o, fx.deposit(5, 1, fx.addresses.get(0), -1L));
    assertThat(r.success()).isFalse();
    assertThat(r.failure().orElseThrow().reason()).isEqualTo(Reason.BALANCE_OVERFLOW);
    assertThat(o.diff().isEmpty()).isTrue();
  }

  @Test
  void forcedTransactionThatIsInvalidIsIncludedButFailed() {
    StateOverlay o = new StateOverlay(world);
    var bad = fx.transfer(0, fx.addresses.get(1), 7, 1); // wrong nonce
    Receipt r = applyOk(o, new L2Tx.Forced(0, 1, 5, bad.encoded()));
    assertThat(r.success()).isFalse();
    assertThat(r.kind()).isEqualTo(Receipt.Kind.FORCED_TRANSFER);
    assertThat(r.failure().orElseThrow().reason()).isEqualTo(Reason.NONCE_TOO_HIGH);
    assertThat(o.diff().isEmpty()).isTrue();
    Receipt garbage = applyOk(o, new L2Tx.Forced(1, 1, 5, new byte[] {1, 2, 3}));
    assertThat(garbage.success()).isFalse();
    assertThat(o.diff().isEmpty()).isTrue();
  }

  @Test
  void validForcedTransactionPaysNoL1Fee() {
    StateOverlay o = new StateOverlay(world);
    var ok = fx.transfer(0, fx.addresses.get(1), 0, 3);
    Receipt r = applyOk(o, new L2Tx.Forced(0, 1, 5, ok.encoded()));
    assertThat(r.success()).isTrue();
    assertThat(r.l1FeeGwei()).isZero();
    assertThat(r.executionFeeGwei()).isPositive();
    assertThat(o.account(0).nonce()).isEqualTo(1);
  }

  @Test
  void selfTransferOnlyCostsFees() {
    StateOverlay o = new StateOverlay(world);
    Receipt r = applyOk(o, user(fx.legacyTransfer(2, fx.addresses.get(2), 0, 500)));
    assertThat(o.account(2).balanceGwei()).isEqualTo(1_000_000 - r.feesGwei());
    // Legacy pays its full gas price: 21,000 x 0.5 gwei.
    assertThat(r.executionFeeGwei()).isEqualTo(10_500);
  }
}
