package io.rampart.chain.stf;

import io.rampart.chain.fee.Fees;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.LegacyTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import io.rampart.crypto.tx.Transaction;
import io.rampart.crypto.tx.TransactionDecoder;
import io.rampart.crypto.tx.TxRejection;
import io.rampart.crypto.tx.TxResult;
import java.math.BigInteger;

/**
 * The stateless half of the transaction rules: decoding, chain id, signature, shape (value transfer
 * only), whole-gwei value, fee ranges. Pure and thread-safe; the mempool runs it in parallel, the
 * state transition relies on its result.
 */
public final class TxChecks {
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private TxChecks() {}

  /** Decodes {@code raw}, checks it and recovers the sender. */
  public static Checked check(ChainConfig cfg, byte[] raw, Ecdsa ecdsa) {
    return switch (TransactionDecoder.decode(raw, cfg.txRules())) {
      case TxResult.Rejected<SignedTransaction> r -> refused(map(r.rejection()), r.rejection());
      case TxResult.Ok<SignedTransaction>(SignedTransaction st) -> check(cfg, st, ecdsa);
    };
  }

  /** Checks an already decoded transaction and recovers its sender. */
  public static Checked check(ChainConfig cfg, SignedTransaction st, Ecdsa ecdsa) {
    Transaction t = st.transaction();
    if (t.to().isEmpty()) {
      return refused(Reason.NOT_A_TRANSFER, "contract creation");
    }
    if (t.data().length() != 0) {
      return refused(Reason.NOT_A_TRANSFER, t.data().length() + " bytes of data");
    }
    if (t instanceof DynamicFeeTransaction d && !d.accessList().isEmpty()) {
      return refused(Reason.NOT_A_TRANSFER, "non-empty access list");
    }
    BigInteger[] qr = t.value().divideAndRemainder(GWEI);
    if (qr[1].signum() != 0) {
      return refused(Reason.VALUE_NOT_WHOLE_GWEI, t.value() + " wei");
    }
    if (qr[0].compareTo(TWO_64) >= 0) {
      return refused(Reason.VALUE_TOO_LARGE, qr[0] + " gwei");
    }
    BigInteger cap;
    BigInteger tip;
    switch (t) {
      case LegacyTransaction l -> {
        cap = l.gasPrice();
        tip = l.gasPrice();
      }
      case DynamicFeeTransaction d -> {
        cap = d.maxFeePerGas();
        tip = d.maxPriorityFeePerGas();
        if (tip.compareTo(cap) > 0) {
          return refused(Reason.FEE_OUT_OF_RANGE, "priority fee " + tip + " above fee cap " + cap);
        }
      }
    }
    if (cap.compareTo(TWO_63) >= 0) {
      return refused(Reason.FEE_OUT_OF_RANGE, "fee cap " + cap + " wei");
    }
    if (cap.longValue() < cfg.fees().l2BaseFeeWei()) {
      return refused(
          Reason.FEE_BELOW_BASE_FEE, "fee cap " + cap + " < base fee " + cfg.fees().l2BaseFeeWei());
    }
    if (t.gasLimit() < Fees.TRANSFER_GAS) {
      return refused(Reason.GAS_LIMIT_TOO_LOW, "gas limit " + t.gasLimit());
    }
    return switch (st.recoverSender(ecdsa)) {
      case TxResult.Rejected<Address> r -> refused(Reason.BAD_SIGNATURE, r.rejection().detail());
      case TxResult.Ok<Address>(Address sender) ->
          new Checked.Ok(
              new L2Tx.UserTx(
                  st,
                  sender,
                  t.to().get(),
                  t.nonce(),
                  qr[0].longValue(),
                  t.gasLimit(),
                  cap.longValue(),
                  tip.longValue()));
    };
  }

  static Reason map(TxRejection r) {
    return switch (r.reason()) {
      case TOO_LARGE -> Reason.OVERSIZE;
      case UNPROTECTED_LEGACY -> Reason.MISSING_CHAIN_ID;
      case WRONG_CHAIN_ID, INVALID_V -> Reason.WRONG_CHAIN_ID;
      case TIP_ABOVE_FEE_CAP -> Reason.FEE_OUT_OF_RANGE;
      case INVALID_Y_PARITY, R_OUT_OF_RANGE, S_OUT_OF_RANGE, HIGH_S, INVALID_SIGNATURE ->
          Reason.BAD_SIGNATURE;
      default -> Reason.BAD_ENCODING;
    };
  }

  private static Checked refused(Reason reason, TxRejection r) {
    return new Checked.Refused(Rejection.of(reason, r.message()));
  }

  private static Checked refused(Reason reason, String detail) {
    return new Checked.Refused(Rejection.of(reason, detail));
  }
}
