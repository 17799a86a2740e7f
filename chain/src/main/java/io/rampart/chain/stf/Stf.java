package io.rampart.chain.stf;

import io.rampart.chain.batch.CompactSize;
import io.rampart.chain.fee.Fees;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.util.Optional;

/**
 * The state transition function: (state, tx) to (state', receipt). The only place the chain's rules
 * live; the sequencer, derivation, dispute replay and witness generation all call it.
 *
 * <p>Deterministic and free of side effects beyond the given overlay: it reads no clock, no
 * randomness, no globals. An invalid user transaction returns {@link TxOutcome.Invalid} and writes
 * nothing. A system transaction is always applied; if it cannot take effect its receipt is failed
 * and it writes nothing.
 */
public final class Stf {
  private Stf() {}

  public static TxOutcome apply(ChainConfig cfg, StateOverlay s, L2Tx tx, Ecdsa ecdsa) {
    return switch (tx) {
      case L2Tx.UserTx u -> user(cfg, s, u, false);
      case L2Tx.Deposit d -> new TxOutcome.Applied(deposit(s, d));
      case L2Tx.Forced f -> new TxOutcome.Applied(forced(cfg, s, f, ecdsa));
    };
  }

  private static Receipt forced(ChainConfig cfg, StateOverlay s, L2Tx.Forced f, Ecdsa ecdsa) {
    return switch (TxChecks.check(cfg, f.raw(), ecdsa)) {
      case Checked.Refused(Rejection why) ->
          Receipt.failed(f.hash(), Receipt.Kind.FORCED_TRANSFER, why);
      case Checked.Ok(L2Tx.UserTx u) ->
          switch (user(cfg, s, u, true)) {
            case TxOutcome.Applied(Receipt r) -> withHash(r, f);
            case TxOutcome.Invalid(Rejection why) ->
                Receipt.failed(
                    f.hash(),
                    u.to().equals(ChainConfig.WITHDRAWAL_ADDRESS)
                        ? Receipt.Kind.FORCED_WITHDRAWAL
                        : Receipt.Kind.FORCED_TRANSFER,
                    why);
          };
    };
  }

  private static Receipt withHash(Receipt r, L2Tx.Forced f) {
    return new Receipt(
        f.hash(),
        r.kind() == Receipt.Kind.WITHDRAWAL
            ? Receipt.Kind.FORCED_WITHDRAWAL
            : Receipt.Kind.FORCED_TRANSFER,
        r.success(),
        r.fromIndex(),
        r.toIndex(),
        r.toCreated(),
        r.valueGwei(),
        r.executionFeeGwei(),
        r.l1FeeGwei(),
        r.failure());
  }

  private static Receipt deposit(StateOverlay s, L2Tx.Deposit d) {
    int to = s.indexOf(d.to());
    if (to < 0) {
      if (d.amountGwei() == 0) {
        return new Receipt(
            d.hash(), Receipt.Kind.DEPOSIT, true, -1, -1, false, 0, 0, 0, Optional.empty());
      }
      if (s.nextIndex() == Integer.MAX_VALUE) {
        return Receipt.failed(
            d.hash(), Receipt.Kind.DEPOSIT, Rejection.of(Reason.ACCOUNTS_EXHAUSTED, "deposit"));
      }
      int idx = s.create(d.to(), d.amountGwei());
      return new Receipt(
          d.hash(),
          Receipt.Kind.DEPOSIT,
          true,
          -1,
          idx,
          true,
          d.amountGwei(),
          0,
          0,
          Optional.empty());
    }
    Account a = s.account(to);
    long nb = a.balanceGwei() + d.amountGwei();
    if (Long.compareUnsigned(nb, a.balanceGwei()) < 0) {
      return Receipt.failed(
          d.hash(),
          Receipt.Kind.DEPOSIT,
          Rejection.of(Reason.BALANCE_OVERFLOW, "deposit to " + d.to()));
    }
    s.put(to, new Account(a.address(), a.nonce(), nb));
    return new Receipt(
        d.hash(),
        Receipt.Kind.DEPOSIT,
        true,
        -1,
        to,
        false,
        d.amountGwei(),
        0,
        0,
        Optional.empty());
  }

  /** The user-transfer rules; {@code forced} transactions pay no L1 data fee (L1 already did). */
  private static TxOutcome user(ChainConfig cfg, StateOverlay s, L2Tx.UserTx u, boolean forced) {
    int from = s.indexOf(u.sender());
    if (from < 0) {
      return invalid(Reason.INSUFFICIENT_FUNDS, "sender " + u.sender() + " has no account");
    }
    Account sender = s.account(from);
    if (u.nonce() != sender.nonce()) {
      return invalid(
          u.nonce() < sender.nonce() ? Reason.NONCE_TOO_LOW : Reason.NONCE_TOO_HIGH,
          "nonce " + u.nonce() + ", account expects " + sender.nonce());
    }
    if (u.maxFeePerGasWei() < cfg.fees().l2BaseFeeWei()) {
      return invalid(Reason.FEE_BELOW_BASE_FEE, "fee cap " + u.maxFeePerGasWei());
    }
    boolean withdrawal = u.to().equals(ChainConfig.WITHDRAWAL_ADDRESS);
    int to = withdrawal ? -1 : s.indexOf(u.to());
    boolean creates = !withdrawal && to < 0 && u.valueGwei() != 0;
    long execFee = Fees.executionFeeGwei(u.effectiveGasPriceWei(cfg.fees().l2BaseFeeWei()));
    long l1Fee =
        forced
            ? 0
            : Fees.l1DataFeeGwei(
                cfg.fees(), CompactSize.transfer(u, from, withdrawal, to, creates));
    long fees = execFee + l1Fee; // each below 2^63 / 10^9 * 21000, cannot overflow
    long cost = u.valueGwei() + fees;
    if (Long.compareUnsigned(cost, u.valueGwei()) < 0
        || Long.compareUnsigned(sender.balanceGwei(), cost) < 0) {
      return invalid(
          Reason.INSUFFICIENT_FUNDS,
          "balance "
              + Long.toUnsignedString(sender.balanceGwei())
              + " gwei < value "
              + Long.toUnsignedString(u.valueGwei())
              + " + fees "
              + fees);
    }
    int feeIdx = s.indexOf(cfg.feeRecipient());
    int newAccounts = (creates ? 1 : 0) + (feeIdx < 0 && fees != 0 ? 1 : 0);
    if ((long) s.nextIndex() + newAccounts > Integer.MAX_VALUE) {
      return invalid(Reason.ACCOUNTS_EXHAUSTED, "no free account index");
    }
    // Compute every post-balance before writing anything, so a failure writes nothing.
    long senderAfter = sender.balanceGwei() - cost;
    Optional<Rejection> overflow = creditsOverflow(cfg, s, u, from, to, withdrawal, fees);
    if (overflow.isPresent()) {
      return new TxOutcome.Invalid(overflow.get());
    }
    s.put(from, new Account(sender.address(), sender.nonce() + 1, senderAfter));
    if (withdrawal) {
      s.addWithdrawal(u.sender(), u.valueGwei());
    } else if (creates) {
      to = s.create(u.to(), u.valueGwei());
    } else if (to >= 0) {
      credit(s, to, u.valueGwei());
    }
    if (fees != 0) {
      if (feeIdx < 0) {
        s.create(cfg.feeRecipient(), fees);
      } else {
        credit(s, feeIdx, fees);
      }
    }
    return new TxOutcome.Applied(
        new Receipt(
            u.hash(),
            withdrawal ? Receipt.Kind.WITHDRAWAL : Receipt.Kind.TRANSFER,
            true,
            from,
            to,
            creates,
            u.valueGwei(),
            execFee,
            l1Fee,
            Optional.empty()));
  }

  /**
   * Whether crediting value and fees after the sender's debit would pass 2^64 - 1. Sender,
   * recipient and fee recipient may coincide; balances are followed through in the order the writes
   * happen (debit, value credit, fee credit).
   */
  private static Optional<Rejection> creditsOverflow(
      ChainConfig cfg,
      StateOverlay s,
      L2Tx.UserTx u,
      int from,
      int to,
      boolean withdrawal,
      long fees) {
    long senderAfter = s.account(from).balanceGwei() - u.valueGwei() - fees;
    long recipientAfter = 0;
    if (!withdrawal) {
      long before = to == from ? senderAfter : to >= 0 ? s.account(to).balanceGwei() : 0;
      recipientAfter = before + u.valueGwei();
      if (Long.compareUnsigned(recipientAfter, before) < 0) {
        return Optional.of(Rejection.of(Reason.BALANCE_OVERFLOW, "credit to " + u.to()));
      }
    }
    if (fees != 0) {
      Address fee = cfg.feeRecipient();
      long before;
      if (!withdrawal && fee.equals(u.to())) {
        before = recipientAfter;
      } else if (fee.equals(u.sender())) {
        before = senderAfter;
      } else {
        int fi = s.indexOf(fee);
        before = fi >= 0 ? s.account(fi).balanceGwei() : 0;
      }
      long after = before + fees;
      if (Long.compareUnsigned(after, before) < 0) {
        return Optional.of(Rejection.of(Reason.BALANCE_OVERFLOW, "credit to " + fee));
      }
    }
    return Optional.empty();
  }

  private static void credit(StateOverlay s, int index, long amount) {
    Account a = s.account(index);
    s.put(index, new Account(a.address(), a.nonce(), a.balanceGwei() + amount));
  }

  private static TxOutcome invalid(Reason reason, String detail) {
    return new TxOutcome.Invalid(Rejection.of(reason, detail));
  }
}
