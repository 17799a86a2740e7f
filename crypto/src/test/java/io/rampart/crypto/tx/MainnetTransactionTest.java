package io.rampart.crypto.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.Signature;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.rlp.Json;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real mainnet transactions (resources/tx/mainnet-transactions.json, sources per entry). */
class MainnetTransactionTest {
  private static final TxRules MAINNET = TxRules.forChain(1);
  private static final Ecdsa ECDSA = Ecdsa.defaultInstance();

  static Stream<Named<Map<String, Object>>> raw() {
    return entries("raw");
  }

  static Stream<Named<Map<String, Object>>> fieldsOnly() {
    return entries("fieldsOnly");
  }

  private static Stream<Named<Map<String, Object>>> entries(String group) {
    Map<String, Object> file = Json.object(Json.resource("/tx/mainnet-transactions.json"));
    return Json.array(file.get(group)).stream()
        .map(Json::object)
        .map(e -> Named.of((String) e.get("hash"), e));
  }

  @ParameterizedTest
  @MethodSource("raw")
  void decodesHashesAndRecoversThePublishedSender(Map<String, Object> v) {
    byte[] raw = hex(v.get("raw"));
    SignedTransaction tx = ok(TransactionDecoder.decode(raw, MAINNET));

    assertThat(Keccak256.digest(raw)).isEqualTo(Bytes32.fromHex((String) v.get("hash")));
    assertThat(tx.hash()).isEqualTo(Bytes32.fromHex((String) v.get("hash")));
    assertThat(tx.encoded()).isEqualTo(raw);
    assertThat(ok(tx.recoverSender(ECDSA))).isEqualTo(address(v.get("from")));
    assertFields(tx, Json.object(v.get("fields")));
    // The canonical re-encoding of what was decoded is byte-identical.
    assertThat(TransactionEncoder.signed(tx.transaction(), tx.signature())).isEqualTo(raw);
  }

  @ParameterizedTest
  @MethodSource("raw")
  void anySingleBitFlipIsRejectedOrChangesTheSender(Map<String, Object> v) {
    byte[] raw = hex(v.get("raw"));
    Address from = address(v.get("from"));
    for (int bit = 0; bit < raw.length * 8; bit++) {
      byte[] bad = raw.clone();
      bad[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
      TxResult<Address> sender =
          switch (TransactionDecoder.decode(bad, MAINNET)) {
            case TxResult.Ok<SignedTransaction>(SignedTransaction t) -> t.recoverSender(ECDSA);
            case TxResult.Rejected<SignedTransaction>(TxRejection r) -> new TxResult.Rejected<>(r);
          };
      assertThat(sender).as("bit %d", bit).isNotEqualTo(new TxResult.Ok<>(from));
    }
  }

  @ParameterizedTest
  @MethodSource("fieldsOnly")
  void reEncodedFieldsHashToThePublishedHashAndRecoverTheSender(Map<String, Object> v) {
    Map<String, Object> f = Json.object(v.get("fields"));
    Transaction body =
        switch (num(f.get("type")).intValueExact()) {
          case 0 ->
              new LegacyTransaction(
                  num(f.get("nonce")).longValueExact(),
                  num(f.get("gasPrice")),
                  num(f.get("gasLimit")).longValueExact(),
                  Optional.of(address(f.get("to"))),
                  num(f.get("value")),
                  Calldata.fromHex((String) f.get("data")),
                  OptionalLong.of(num(f.get("chainId")).longValueExact()));
          case 2 ->
              new DynamicFeeTransaction(
                  num(f.get("chainId")).longValueExact(),
                  num(f.get("nonce")).longValueExact(),
                  num(f.get("maxPriorityFeePerGas")),
                  num(f.get("maxFeePerGas")),
                  num(f.get("gasLimit")).longValueExact(),
                  Optional.of(address(f.get("to"))),
                  num(f.get("value")),
                  Calldata.fromHex((String) f.get("data")),
                  List.of());
          default -> throw new IllegalArgumentException("type");
        };
    Signature sig =
        Signature.of(num(f.get("r")), num(f.get("s")), num(f.get("yParity")).intValueExact());
    byte[] raw = TransactionEncoder.signed(body, sig);

    assertThat(Keccak256.digest(raw)).isEqualTo(Bytes32.fromHex((String) v.get("hash")));
    SignedTransaction decoded = ok(TransactionDecoder.decode(raw, MAINNET));
    assertThat(decoded.transaction()).isEqualTo(body);
    assertThat(ok(decoded.recoverSender(ECDSA))).isEqualTo(address(v.get("from")));
  }

  private static void assertFields(SignedTransaction signed, Map<String, Object> f) {
    Transaction t = signed.transaction();
    for (Map.Entry<String, Object> e : f.entrySet()) {
      Object want = e.getValue();
      Object got =
          switch (e.getKey()) {
            case "type" -> BigInteger.valueOf(t.type());
            case "chainId" -> BigInteger.valueOf(t.signedChainId().orElseThrow());
            case "nonce" -> BigInteger.valueOf(t.nonce());
            case "gasLimit" -> BigInteger.valueOf(t.gasLimit());
            case "gasPrice" -> ((LegacyTransaction) t).gasPrice();
            case "maxPriorityFeePerGas" -> ((DynamicFeeTransaction) t).maxPriorityFeePerGas();
            case "maxFeePerGas" -> ((DynamicFeeTransaction) t).maxFeePerGas();
            case "to" -> t.to().orElseThrow();
            case "value" -> t.value();
            case "data" -> t.data();
            case "v" -> BigInteger.valueOf(signed.v());
            case "r" -> signed.signature().rValue();
            case "s" -> signed.signature().sValue();
            default -> throw new IllegalArgumentException("unknown field " + e.getKey());
          };
      Object expected =
          switch (e.getKey()) {
            case "to" -> address(want);
            case "data" -> Calldata.fromHex((String) want);
            default -> num(want);
          };
      assertThat(got).as(e.getKey()).isEqualTo(expected);
    }
  }

  static <T> T ok(TxResult<T> result) {
    return switch (result) {
      case TxResult.Ok<T>(T value) -> value;
      case TxResult.Rejected<T>(TxRejection r) -> throw new AssertionError(r.message());
    };
  }

  static byte[] hex(Object s) {
    String str = (String) s;
    return HexFormat.of().parseHex(str.startsWith("0x") ? str.substring(2) : str);
  }

  static BigInteger num(Object s) {
    return new BigInteger(((String) s).substring(2), 16);
  }

  static Address address(Object s) {
    return Address.tryParse((String) s).orElseThrow();
  }
}
