package io.rampart.chain.batch;

import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpItem;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between signed transfers and their batch form. Going to the batch form drops what the
 * chain can recompute: the chain id (per batch), the nonce (the sender's nonce in the state at that
 * point), the sender and recipient addresses where an account index exists, and the fee fields
 * (shared templates). Going back rebuilds the exact signed bytes, so the signature verifies and the
 * transaction hash is the one the user signed.
 */
public final class Materializer {
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

  private Materializer() {}

  /** The batch form of an applied transfer; {@code r} is its receipt from the state transition. */
  public static CompactTx compact(L2Tx.UserTx u, Receipt r, int template) {
    CompactTx.Recipient to;
    if (r.kind() == Receipt.Kind.WITHDRAWAL) {
      to = new CompactTx.Recipient.Withdrawal();
    } else if (r.toIndex() >= 0 && !r.toCreated()) {
      to = new CompactTx.Recipient.Index(r.toIndex());
    } else {
      to = new CompactTx.Recipient.Literal(u.to());
    }
    var sig = u.signed().signature();
    return new CompactTx(
        r.fromIndex(), to, u.valueGwei(), template, sig.recoveryId(), sig.r(), sig.s());
  }

  /** The fee template a transfer uses. */
  public static FeeTemplate template(L2Tx.UserTx u) {
    return new FeeTemplate(
        u.signed().transaction().type(),
        u.gasLimit(),
        u.maxFeePerGasWei(),
        u.maxPriorityFeePerGasWei());
  }

  /**
   * Rebuilds the signed transfer against the state at this point ({@code sender} is the account at
   * {@code tx.fromIndex()}, {@code nonce} its next nonce, {@code recipient} the address of the
   * recipient index if any), checks it, and confirms the signature recovers to {@code sender}.
   */
  public static Checked rebuild(
      ChainConfig cfg,
      CompactTx tx,
      FeeTemplate t,
      Address sender,
      long nonce,
      Address recipient,
      Ecdsa ecdsa) {
    BigInteger value = new BigInteger(Long.toUnsignedString(tx.valueGwei())).multiply(GWEI);
    byte[] raw =
        t.type() == 0
            ? legacy(cfg.chainId(), nonce, t, recipient, value, tx)
            : dynamic(cfg.chainId(), nonce, t, recipient, value, tx);
    Checked c = TxChecks.check(cfg, raw, ecdsa);
    if (c instanceof Checked.Ok(L2Tx.UserTx u) && !u.sender().equals(sender)) {
      return new Checked.Refused(
          Rejection.of(
              Rejection.Reason.BAD_SIGNATURE,
              "signature recovers " + u.sender() + ", not the account " + sender + " it names"));
    }
    return c;
  }

  private static byte[] legacy(
      long chainId, long nonce, FeeTemplate t, Address to, BigInteger value, CompactTx tx) {
    List<RlpItem> f = new ArrayList<>(9);
    f.add(RlpString.ofUnsigned(nonce));
    f.add(RlpString.ofUnsigned(t.maxFeePerGasWei()));
    f.add(RlpString.ofUnsigned(t.gasLimit()));
    f.add(RlpString.of(to.toBytes()));
    f.add(RlpString.ofUnsigned(value));
    f.add(RlpString.EMPTY);
    f.add(
        RlpString.ofUnsigned(
            BigInteger.valueOf(chainId)
                .multiply(BigInteger.TWO)
                .add(BigInteger.valueOf(35L + tx.yParity()))));
    f.add(RlpString.ofUnsigned(new BigInteger(1, tx.r().toArray())));
    f.add(RlpString.ofUnsigned(new BigInteger(1, tx.s().toArray())));
    return Rlp.encode(new RlpList(f));
  }

  private static byte[] dynamic(
      long chainId, long nonce, FeeTemplate t, Address to, BigInteger value, CompactTx tx) {
    List<RlpItem> f = new ArrayList<>(12);
    f.add(RlpString.ofUnsigned(chainId));
    f.add(RlpString.ofUnsigned(nonce));
    f.add(RlpString.ofUnsigned(t.maxPriorityFeeWei()));
    f.add(RlpString.ofUnsigned(t.maxFeePerGasWei()));
    f.add(RlpString.ofUnsigned(t.gasLimit()));
    f.add(RlpString.of(to.toBytes()));
    f.add(RlpString.ofUnsigned(value));
    f.add(RlpString.EMPTY);
    f.add(new RlpList(List.of()));
    f.add(RlpString.ofUnsigned(tx.yParity()));
    f.add(RlpString.ofUnsigned(new BigInteger(1, tx.r().toArray())));
    f.add(RlpString.ofUnsigned(new BigInteger(1, tx.s().toArray())));
    byte[] body = Rlp.encode(new RlpList(f));
    byte[] out = new byte[body.length + 1];
    out[0] = 2;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }
}
