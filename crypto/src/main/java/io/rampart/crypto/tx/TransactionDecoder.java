package io.rampart.crypto.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Signature;
import io.rampart.crypto.ecdsa.SignatureError;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpDecodeResult;
import io.rampart.crypto.rlp.RlpError;
import io.rampart.crypto.rlp.RlpLimits;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes signed transactions as sent on the wire: legacy (EIP-155) and EIP-1559 (type 2). Every
 * field is checked (canonical integers, ranges, recipient length, access-list shape, chain id, v /
 * y parity, r and s in range, low s), and a type-2 priority fee may not exceed its fee cap
 * (EIP-1559 validity rule; go-ethereum's {@code ErrTipAboveFeeCap}); the first fault is returned as
 * a {@link TxRejection}, never thrown. Recovering the sender is a separate, costlier step: {@link
 * SignedTransaction#recoverSender}.
 */
public final class TransactionDecoder {
  private static final int MAX_DEPTH = 4; // tx list > access list > entry > storage keys
  private static final byte[] TYPE_2 = {0x02};

  private TransactionDecoder() {}

  public static TxResult<SignedTransaction> decode(byte[] raw, TxRules rules) {
    if (raw.length == 0) {
      return TxResult.rejected(TxRejection.Reason.EMPTY, "no bytes");
    }
    if (raw.length > rules.maxEncodedBytes()) {
      return TxResult.rejected(
          TxRejection.Reason.TOO_LARGE, raw.length + " bytes, limit " + rules.maxEncodedBytes());
    }
    int first = raw[0] & 0xff;
    if (first >= 0xc0) {
      return body(raw, 0).flatMap(list -> legacy(raw, list, rules));
    }
    return switch (first) {
      case 0x02 -> body(raw, 1).flatMap(list -> dynamicFee(raw, list, rules));
      case 0x01 -> unsupported("type 1 (EIP-2930 access-list transactions)");
      case 0x03 -> unsupported("type 3 (EIP-4844 blob transactions)");
      case 0x04 -> unsupported("type 4 (EIP-7702 set-code transactions)");
      default ->
          first < 0x80
              ? TxResult.rejected(
                  TxRejection.Reason.UNKNOWN_TYPE, String.format("type 0x%02x", first))
              : TxResult.rejected(
                  TxRejection.Reason.NOT_A_TRANSACTION,
                  String.format("starts with 0x%02x, an RLP string header", first));
    };
  }

  private static <T> TxResult<T> unsupported(String what) {
    return TxResult.rejected(TxRejection.Reason.UNSUPPORTED_TYPE, what);
  }

  /** The RLP list that starts at {@code from}, which must fill the rest of {@code raw}. */
  private static Step<RlpList> body(byte[] raw, int from) {
    byte[] rlp = from == 0 ? raw : Arrays.copyOfRange(raw, from, raw.length);
    if (rlp.length == 0) {
      return Step.fail(TxRejection.Reason.MALFORMED_RLP, "type byte with no payload");
    }
    return switch (Rlp.decode(rlp, new RlpLimits(rlp.length, MAX_DEPTH))) {
      case RlpDecodeResult.Decoded(RlpList list) -> Step.ok(list);
      case RlpDecodeResult.Decoded(RlpString s) ->
          Step.fail(TxRejection.Reason.NOT_A_TRANSACTION, "payload is an RLP string, not a list");
      case RlpDecodeResult.Malformed(RlpError e) ->
          Step.fail(
              e.kind() == RlpError.Kind.TRAILING_BYTES
                  ? TxRejection.Reason.TRAILING_BYTES
                  : TxRejection.Reason.MALFORMED_RLP,
              e.message() + (from == 0 ? "" : " (after the type byte)"));
    };
  }

  private static TxResult<SignedTransaction> legacy(byte[] raw, RlpList list, TxRules rules) {
    if (list.size() != 9) {
      return TxResult.rejected(
          TxRejection.Reason.WRONG_FIELD_COUNT, "legacy has 9 fields, got " + list.size());
    }
    Fields f = new Fields(list);
    long nonce = f.u64(0, "nonce");
    BigInteger gasPrice = f.u256(1, "gasPrice");
    long gasLimit = f.u64(2, "gasLimit");
    var to = f.recipient(3);
    BigInteger value = f.u256(4, "value");
    Calldata data = f.data(5);
    BigInteger v = f.u256(6, "v");
    BigInteger r = f.u256(7, "r");
    BigInteger s = f.u256(8, "s");
    if (f.rejection != null) {
      return new TxResult.Rejected<>(f.rejection);
    }
    OptionalLong chainId;
    int recId;
    if (v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28))) {
      if (!rules.allowUnprotectedLegacy()) {
        return TxResult.rejected(
            TxRejection.Reason.UNPROTECTED_LEGACY,
            "v = " + v + "; accepted only when the rules allow unprotected legacy transactions");
      }
      chainId = OptionalLong.empty();
      recId = v.intValue() - 27;
    } else if (v.compareTo(BigInteger.valueOf(35)) >= 0) {
      BigInteger[] qr = v.subtract(BigInteger.valueOf(35)).divideAndRemainder(BigInteger.TWO);
      if (!qr[0].equals(BigInteger.valueOf(rules.chainId()))) {
        return TxResult.rejected(
            TxRejection.Reason.WRONG_CHAIN_ID,
            "v = " + v + " means chain id " + qr[0] + ", expected " + rules.chainId());
      }
      chainId = OptionalLong.of(rules.chainId());
      recId = qr[1].intValue();
    } else {
      return TxResult.rejected(TxRejection.Reason.INVALID_V, "v = " + v);
    }
    Optional<TxRejection> bad = checkSignature(r, s);
    if (bad.isPresent()) {
      return new TxResult.Rejected<>(bad.get());
    }
    var tx = new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, chainId);
    return new TxResult.Ok<>(
        new SignedTransaction(tx, Signature.of(r, s, recId), raw.clone(), tx.signingHash()));
  }

  private static TxResult<SignedTransaction> dynamicFee(byte[] raw, RlpList list, TxRules rules) {
    if (list.size() != 12) {
      return TxResult.rejected(
          TxRejection.Reason.WRONG_FIELD_COUNT, "type 2 has 12 fields, got " + list.size());
    }
    Fields f = new Fields(list);
    BigInteger chainId = f.u256(0, "chainId");
    long nonce = f.u64(1, "nonce");
    BigInteger maxPriorityFee = f.u256(2, "maxPriorityFeePerGas");
    BigInteger maxFee = f.u256(3, "maxFeePerGas");
    long gasLimit = f.u64(4, "gasLimit");
    var to = f.recipient(5);
    BigInteger value = f.u256(6, "value");
    Calldata data = f.data(7);
    var accessList = f.accessList(8);
    long yParity = f.u64(9, "yParity");
    BigInteger r = f.u256(10, "r");
    BigInteger s = f.u256(11, "s");
    if (f.rejection != null) {
      return new TxResult.Rejected<>(f.rejection);
    }
    if (!chainId.equals(BigInteger.valueOf(rules.chainId()))) {
      return TxResult.rejected(
          TxRejection.Reason.WRONG_CHAIN_ID,
          "chain id " + chainId + ", expected " + rules.chainId());
    }
    if (maxPriorityFee.compareTo(maxFee) > 0) {
      return TxResult.rejected(
          TxRejection.Reason.TIP_ABOVE_FEE_CAP,
          "maxPriorityFeePerGas " + maxPriorityFee + " > maxFeePerGas " + maxFee);
    }
    if (yParity != 0 && yParity != 1) {
      return TxResult.rejected(TxRejection.Reason.INVALID_Y_PARITY, "y parity = " + yParity);
    }
    Optional<TxRejection> bad = checkSignature(r, s);
    if (bad.isPresent()) {
      return new TxResult.Rejected<>(bad.get());
    }
    var tx =
        new DynamicFeeTransaction(
            rules.chainId(), nonce, maxPriorityFee, maxFee, gasLimit, to, value, data, accessList);
    Signature sig = Signature.of(r, s, (int) yParity);
    return new TxResult.Ok<>(new SignedTransaction(tx, sig, raw.clone(), unsignedHash(raw)));
  }

  /**
   * The signing hash of a decoded type-2 transaction, without encoding it again: the signing
   * payload is {@code 0x02 || rlp(first nine fields)} (EIP-1559), and those nine fields are already
   * encoded, in canonical form, at the start of the signed list.
   */
  private static Bytes32 unsignedHash(byte[] raw) {
    int first = Rlp.payloadStart(raw, 1);
    int end = first;
    for (int i = 0; i < 9; i++) {
      end = Rlp.itemEnd(raw, end);
    }
    return Keccak256.digest(Rlp.wrapList(TYPE_2, raw, first, end));
  }

  private static Optional<TxRejection> checkSignature(BigInteger r, BigInteger s) {
    return Signature.of(r, s, 0)
        .check(true)
        .map(
            e ->
                new TxRejection(
                    switch (e) {
                      case R_OUT_OF_RANGE -> TxRejection.Reason.R_OUT_OF_RANGE;
                      case S_OUT_OF_RANGE -> TxRejection.Reason.S_OUT_OF_RANGE;
                      case S_NOT_LOW -> TxRejection.Reason.HIGH_S;
                      case BAD_RECOVERY_ID, NOT_RECOVERABLE ->
                          throw new IllegalStateException("not a range check: " + e);
                    },
                    e == SignatureError.R_OUT_OF_RANGE ? "r = " + r : "s = " + s));
  }

  /** A decoding step that either holds a value or a rejection. */
  private record Step<T>(T value, TxRejection rejection) {
    static <T> Step<T> ok(T value) {
      return new Step<>(value, null);
    }

    static <T> Step<T> fail(TxRejection.Reason reason, String detail) {
      return new Step<>(null, new TxRejection(reason, detail));
    }

    <R> TxResult<R> flatMap(java.util.function.Function<T, TxResult<R>> next) {
      return rejection != null ? new TxResult.Rejected<>(rejection) : next.apply(value);
    }
  }
}
