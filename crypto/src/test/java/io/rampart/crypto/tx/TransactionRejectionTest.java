package io.rampart.crypto.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpDecodeResult;
import io.rampart.crypto.rlp.RlpItem;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection reason, from transactions we sign and then damage field by field. */
class TransactionRejectionTest {
  private static final Ecdsa ECDSA = Ecdsa.defaultInstance();
  private static final PrivateKey KEY =
      PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
          .orElseThrow();
  private static final TxRules CHAIN_1 = TxRules.forChain(1);
  private static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
  private static final Address TO = Address.tryParse("0x" + "35".repeat(20)).orElseThrow();

  static LegacyTransaction legacy(OptionalLong chainId) {
    return new LegacyTransaction(
        7,
        BigInteger.valueOf(10),
        21_000,
        Optional.of(TO),
        BigInteger.ONE,
        Calldata.EMPTY,
        chainId);
  }

  static DynamicFeeTransaction dynamic(long chainId) {
    return new DynamicFeeTransaction(
        chainId,
        7,
        BigInteger.ONE,
        BigInteger.TEN,
        21_000,
        Optional.of(TO),
        BigInteger.ONE,
        Calldata.of(new byte[] {1, 2, 3}),
        List.of(new AccessListEntry(TO, List.of(Bytes32.ZERO))));
  }

  private static byte[] signedLegacy() {
    return SignedTransaction.sign(legacy(OptionalLong.of(1)), KEY, ECDSA).encoded();
  }

  private static byte[] signedDynamic() {
    return SignedTransaction.sign(dynamic(1), KEY, ECDSA).encoded();
  }

  private static TxRejection.Reason reasonOf(byte[] raw, TxRules rules) {
    return switch (TransactionDecoder.decode(raw, rules)) {
      case TxResult.Rejected<SignedTransaction>(TxRejection r) -> {
        assertThat(r.message()).startsWith(r.reason().description()).contains(": ");
        yield r.reason();
      }
      case TxResult.Ok<SignedTransaction> ok -> throw new AssertionError("accepted " + ok);
    };
  }

  private static TxRejection.Reason reasonOf(byte[] raw) {
    return reasonOf(raw, CHAIN_1);
  }

  /** {@code raw} with field {@code index} of its RLP list replaced. */
  static byte[] withField(byte[] raw, int index, RlpItem item) {
    boolean typed = (raw[0] & 0xff) < 0xc0;
    byte[] rlp = typed ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
    RlpList list = (RlpList) ((RlpDecodeResult.Decoded) Rlp.decode(rlp)).item();
    List<RlpItem> fields = new ArrayList<>(list.items());
    if (index == fields.size()) {
      fields.add(item);
    } else if (item == null) {
      fields.remove(index);
    } else {
      fields.set(index, item);
    }
    byte[] body = Rlp.encode(new RlpList(fields));
    if (!typed) {
      return body;
    }
    byte[] out = new byte[body.length + 1];
    out[0] = raw[0];
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }

  private static RlpString num(BigInteger v) {
    return RlpString.ofUnsigned(v);
  }

  @Test
  void wrongChainIdIsRejectedForBothTypes() {
    byte[] legacy5 = SignedTransaction.sign(legacy(OptionalLong.of(5)), KEY, ECDSA).encoded();
    byte[] dynamic5 = SignedTransaction.sign(dynamic(5), KEY, ECDSA).encoded();
    assertThat(reasonOf(legacy5)).isEqualTo(TxRejection.Reason.WRONG_CHAIN_ID);
    assertThat(reasonOf(dynamic5)).isEqualTo(TxRejection.Reason.WRONG_CHAIN_ID);
    assertThat(TransactionDecoder.decode(legacy5, TxRules.forChain(5)))
        .isInstanceOf(TxResult.Ok.class);
  }

  /** EIP-1559 block validity: {@code max_fee_per_gas >= max_priority_fee_per_gas}. */
  @Test
  void priorityFeeAboveFeeCapIsRejectedAndEqualIsAccepted() {
    BigInteger cap = BigInteger.TEN;
    DynamicFeeTransaction base = dynamic(1);
    byte[] above =
        SignedTransaction.sign(withFees(base, cap.add(BigInteger.ONE), cap), KEY, ECDSA).encoded();
    assertThat(reasonOf(above)).isEqualTo(TxRejection.Reason.TIP_ABOVE_FEE_CAP);

    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    byte[] maxTip = withField(signedDynamic(), 2, num(max));
    assertThat(reasonOf(maxTip)).isEqualTo(TxRejection.Reason.TIP_ABOVE_FEE_CAP);

    byte[] equal = SignedTransaction.sign(withFees(base, cap, cap), KEY, ECDSA).encoded();
    SignedTransaction ok = MainnetTransactionTest.ok(TransactionDecoder.decode(equal, CHAIN_1));
    assertThat(((DynamicFeeTransaction) ok.transaction()).maxPriorityFeePerGas()).isEqualTo(cap);
  }

  private static DynamicFeeTransaction withFees(
      DynamicFeeTransaction t, BigInteger tip, BigInteger cap) {
    return new DynamicFeeTransaction(
        t.chainId(),
        t.nonce(),
        tip,
        cap,
        t.gasLimit(),
        t.to(),
        t.value(),
        t.data(),
        t.accessList());
  }

  @Test
  void preEip155IsRejectedByDefaultAndAcceptedOnlyWhenAllowed() {
    byte[] raw = SignedTransaction.sign(legacy(OptionalLong.empty()), KEY, ECDSA).encoded();
    assertThat(reasonOf(raw)).isEqualTo(TxRejection.Reason.UNPROTECTED_LEGACY);

    SignedTransaction tx =
        MainnetTransactionTest.ok(
            TransactionDecoder.decode(raw, CHAIN_1.allowingUnprotectedLegacy()));
    assertThat(tx.v()).isIn(27L, 28L);
    assertThat(tx.transaction().signedChainId()).isEmpty();
    assertThat(MainnetTransactionTest.ok(tx.recoverSender(ECDSA))).isEqualTo(KEY.address());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 26, 29, 30, 34})
  void legacyVOutOfRangeIsRejected(int v) {
    byte[] raw = withField(signedLegacy(), 6, num(BigInteger.valueOf(v)));
    assertThat(reasonOf(raw, CHAIN_1.allowingUnprotectedLegacy()))
        .isEqualTo(TxRejection.Reason.INVALID_V);
  }

  @Test
  void legacyVForAnotherChainIsRejected() {
    // v = 2 * 1 + 35 + 2 = 39 means chain id 2.
    byte[] raw = withField(signedLegacy(), 6, num(BigInteger.valueOf(39)));
    assertThat(reasonOf(raw)).isEqualTo(TxRejection.Reason.WRONG_CHAIN_ID);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 27, 255})
  void yParityOtherThanZeroOrOneIsRejected(int parity) {
    byte[] raw = withField(signedDynamic(), 9, num(BigInteger.valueOf(parity)));
    assertThat(reasonOf(raw)).isEqualTo(TxRejection.Reason.INVALID_Y_PARITY);
  }

  @Test
  void highSIsRejectedEvenThoughItWouldRecoverTheSameSender() {
    SignedTransaction good = SignedTransaction.sign(dynamic(1), KEY, ECDSA);
    BigInteger highS = N.subtract(good.signature().sValue());
    byte[] raw = withField(good.encoded(), 11, num(highS));
    raw = withField(raw, 9, num(BigInteger.valueOf(good.signature().recoveryId() ^ 1)));
    assertThat(reasonOf(raw)).isEqualTo(TxRejection.Reason.HIGH_S);

    byte[] legacyRaw = signedLegacy();
    SignedTransaction legacyGood =
        MainnetTransactionTest.ok(TransactionDecoder.decode(legacyRaw, CHAIN_1));
    byte[] legacyHigh = withField(legacyRaw, 8, num(N.subtract(legacyGood.signature().sValue())));
    assertThat(reasonOf(legacyHigh)).isEqualTo(TxRejection.Reason.HIGH_S);
  }

  @Test
  void rAndSOutOfRangeAreRejected() {
    byte[] raw = signedDynamic();
    assertThat(reasonOf(withField(raw, 10, RlpString.EMPTY)))
        .isEqualTo(TxRejection.Reason.R_OUT_OF_RANGE);
    assertThat(reasonOf(withField(raw, 10, num(N)))).isEqualTo(TxRejection.Reason.R_OUT_OF_RANGE);
    assertThat(reasonOf(withField(raw, 11, RlpString.EMPTY)))
        .isEqualTo(TxRejection.Reason.S_OUT_OF_RANGE);
    assertThat(reasonOf(withField(raw, 11, num(N)))).isEqualTo(TxRejection.Reason.S_OUT_OF_RANGE);
    assertThat(reasonOf(withField(raw, 11, num(BigInteger.ONE.shiftLeft(256)))))
        .isEqualTo(TxRejection.Reason.INTEGER_OVERFLOW);
  }

  @Test
  void trailingBytesAreRejected() {
    for (byte[] raw : new byte[][] {signedLegacy(), signedDynamic()}) {
      byte[] longer = Arrays.copyOf(raw, raw.length + 1);
      assertThat(reasonOf(longer)).isEqualTo(TxRejection.Reason.TRAILING_BYTES);
    }
  }

  @Test
  void truncationIsMalformed() {
    for (byte[] raw : new byte[][] {signedLegacy(), signedDynamic()}) {
      for (int len = 1; len < raw.length; len++) {
        assertThat(reasonOf(Arrays.copyOf(raw, len)))
            .as("%d of %d bytes", len, raw.length)
            .isEqualTo(TxRejection.Reason.MALFORMED_RLP);
      }
    }
  }

  @Test
  void otherTypesAreRejectedWithASpecificReason() {
    byte[] body = Arrays.copyOfRange(signedDynamic(), 1, signedDynamic().length);
    for (int type : new int[] {1, 3, 4}) {
      assertThat(reasonOf(prefixed(type, body))).isEqualTo(TxRejection.Reason.UNSUPPORTED_TYPE);
    }
    for (int type : new int[] {0, 5, 0x7f}) {
      assertThat(reasonOf(prefixed(type, body))).isEqualTo(TxRejection.Reason.UNKNOWN_TYPE);
    }
    assertThat(reasonOf(new byte[] {(byte) 0x83, 1, 2, 3}))
        .isEqualTo(TxRejection.Reason.NOT_A_TRANSACTION);
    assertThat(reasonOf(new byte[] {2, (byte) 0x83, 1, 2, 3}))
        .isEqualTo(TxRejection.Reason.NOT_A_TRANSACTION);
    assertThat(reasonOf(new byte[] {2})).isEqualTo(TxRejection.Reason.MALFORMED_RLP);
    assertThat(reasonOf(new byte[0])).isEqualTo(TxRejection.Reason.EMPTY);
  }

  @Test
  void oversizeIsRejectedBeforeDecoding() {
    byte[] raw = signedLegacy();
    assertThat(reasonOf(raw, new TxRules(1, false, raw.length - 1)))
        .isEqualTo(TxRejection.Reason.TOO_LARGE);
  }

  @Test
  void malformedFieldsAreRejectedWithTheirReason() {
    byte[] legacy = signedLegacy();
    byte[] dynamic = signedDynamic();
    assertThat(reasonOf(withField(legacy, 9, RlpString.EMPTY)))
        .isEqualTo(TxRejection.Reason.WRONG_FIELD_COUNT);
    assertThat(reasonOf(withField(dynamic, 8, null)))
        .isEqualTo(TxRejection.Reason.WRONG_FIELD_COUNT);
    assertThat(reasonOf(withField(legacy, 0, RlpString.of(new byte[] {0, 7}))))
        .isEqualTo(TxRejection.Reason.NON_CANONICAL_INTEGER);
    assertThat(reasonOf(withField(legacy, 0, RlpString.of(new byte[] {0}))))
        .isEqualTo(TxRejection.Reason.NON_CANONICAL_INTEGER);
    assertThat(reasonOf(withField(legacy, 0, num(BigInteger.ONE.shiftLeft(63)))))
        .isEqualTo(TxRejection.Reason.INTEGER_OVERFLOW);
    assertThat(reasonOf(withField(dynamic, 4, num(BigInteger.ONE.shiftLeft(64)))))
        .isEqualTo(TxRejection.Reason.INTEGER_OVERFLOW);
    assertThat(reasonOf(withField(legacy, 4, RlpString.of(new byte[33]))))
        .isEqualTo(TxRejection.Reason.NON_CANONICAL_INTEGER);
    byte[] big = new byte[33];
    big[0] = 1;
    assertThat(reasonOf(withField(legacy, 4, RlpString.of(big))))
        .isEqualTo(TxRejection.Reason.INTEGER_OVERFLOW);
    assertThat(reasonOf(withField(dynamic, 0, num(BigInteger.ONE.shiftLeft(64)))))
        .isEqualTo(TxRejection.Reason.WRONG_CHAIN_ID);
    assertThat(reasonOf(withField(legacy, 3, RlpString.of(new byte[19]))))
        .isEqualTo(TxRejection.Reason.BAD_RECIPIENT);
    assertThat(reasonOf(withField(legacy, 1, RlpList.of())))
        .isEqualTo(TxRejection.Reason.NOT_A_SCALAR);
    assertThat(reasonOf(withField(dynamic, 8, RlpString.EMPTY)))
        .isEqualTo(TxRejection.Reason.BAD_ACCESS_LIST);
    assertThat(reasonOf(withField(dynamic, 8, RlpList.of(RlpList.of(RlpString.of(new byte[20]))))))
        .isEqualTo(TxRejection.Reason.BAD_ACCESS_LIST);
    assertThat(
            reasonOf(
                withField(
                    dynamic,
                    8,
                    RlpList.of(
                        RlpList.of(
                            RlpString.of(new byte[20]), RlpList.of(RlpString.of(new byte[31])))))))
        .isEqualTo(TxRejection.Reason.BAD_ACCESS_LIST);
  }

  @Test
  void aSignatureFromAnotherKeyRecoversAnotherSender() {
    PrivateKey other = PrivateKey.fromHex("46".repeat(32)).orElseThrow();
    SignedTransaction bySomeoneElse = SignedTransaction.sign(dynamic(1), other, ECDSA);
    assertThat(MainnetTransactionTest.ok(bySomeoneElse.recoverSender(ECDSA)))
        .isNotEqualTo(KEY.address())
        .isEqualTo(other.address());
  }

  private static byte[] prefixed(int type, byte[] body) {
    byte[] out = new byte[body.length + 1];
    out[0] = (byte) type;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }
}
