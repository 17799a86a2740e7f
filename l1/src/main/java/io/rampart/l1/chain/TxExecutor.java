package io.rampart.l1.chain;

import io.rampart.l1.core.Address;
import io.rampart.l1.core.Fork;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.GasMeter;
import io.rampart.l1.exec.Log;
import io.rampart.l1.exec.Revert;
import io.rampart.l1.gas.GasSchedule;
import io.rampart.l1.gas.IntrinsicGas;
import io.rampart.l1.gas.OutOfGas;
import io.rampart.l1.state.L1State;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies one transaction to the state: nonce, fee prepayment, value transfer, contract call, and
 * the settlement of gas (EIP-3529 refund cap, EIP-7623 floor). A revert or out-of-gas undoes the
 * call and its value transfer exactly but still charges gas.
 */
final class TxExecutor {
  private final L1State state;
  private final Map<Address, Contract> contracts;

  TxExecutor(L1State state, Map<Address, Contract> contracts) {
    this.state = state;
    this.contracts = contracts;
  }

  /** The most a transaction can cost its sender (the balance needed to include it). */
  static Wei maxCost(L1Tx tx, Wei baseFee, Wei blobBaseFee) {
    return baseFee
        .times(tx.gasLimit())
        .plus(blobBaseFee.times(tx.blobs().size() * GasSchedule.GAS_PER_BLOB))
        .plus(tx.value());
  }

  /** Applies {@code tx}; the caller has checked nonce and funds. */
  Receipt apply(
      L1Tx tx,
      int index,
      long blockNumber,
      long timestamp,
      Wei baseFee,
      Wei blobBaseFee,
      Fork fork) {
    Address from = tx.from();
    IntrinsicGas intrinsic = IntrinsicGas.of(tx.calldata(), fork);
    long blobGas = tx.blobs().size() * GasSchedule.GAS_PER_BLOB;
    Wei blobFee = blobBaseFee.times(blobGas);
    Wei prepaid = baseFee.times(tx.gasLimit());

    state.incrementNonce(from);
    state.debit(from, prepaid.plus(blobFee));
    state.addBurned(blobFee);

    long txMark = state.mark();
    GasMeter meter = new GasMeter(tx.gasLimit() - intrinsic.standard(), from, tx.to());
    List<Log> logs = new ArrayList<>();
    Receipt.Status status = Receipt.Status.SUCCESS;
    String reason = "";
    try {
      if (!tx.value().isZero()) {
        state.debit(from, tx.value());
        state.credit(tx.to(), tx.value());
      }
      Contract target = contracts.get(tx.to());
      if (target != null) {
        if (tx.call() == null) {
          throw new Revert("NO_RECEIVE"); // plain ether to a contract without a receive function
        }
        CallContext ctx =
            new CallContext(
                state,
                meter,
                target.address(),
                from,
                tx.value(),
                blockNumber,
                timestamp,
                tx.blobHashes(),
                logs);
        target.execute(ctx, tx.call());
      }
    } catch (Revert r) {
      state.revertTo(txMark);
      logs.clear();
      status = Receipt.Status.REVERTED;
      reason = r.reason();
    } catch (OutOfGas e) {
      state.revertTo(txMark);
      logs.clear();
      status = Receipt.Status.OUT_OF_GAS;
    }

    long gasUsed;
    if (status == Receipt.Status.OUT_OF_GAS) {
      gasUsed = tx.gasLimit();
    } else {
      long beforeRefund = intrinsic.standard() + meter.used();
      long refund =
          status == Receipt.Status.SUCCESS
              ? Math.min(
                  Math.max(meter.refund(), 0), beforeRefund / GasSchedule.MAX_REFUND_QUOTIENT)
              : 0;
      gasUsed = Math.max(beforeRefund - refund, intrinsic.floor());
    }
    Wei executionFee = baseFee.times(gasUsed);
    state.credit(from, prepaid.minus(executionFee));
    state.addBurned(executionFee);
    return new Receipt(
        tx.hash(),
        blockNumber,
        index,
        status,
        reason,
        gasUsed,
        blobGas,
        executionFee.plus(blobFee),
        logs);
  }
}
