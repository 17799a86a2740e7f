package io.rampart.crypto.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TransactionPropertyTest {
  private static final Ecdsa ECDSA = Ecdsa.defaultInstance();
  private static final long CHAIN = 901;
  private static final TxRules RULES = TxRules.forChain(CHAIN);

  @Provide
  Arbitrary<PrivateKey> keys() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofSize(32)
        .map(PrivateKey::fromBytes)
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Arbitrary<BigInteger> u256() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1000)),
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)));
  }

  private static Arbitrary<Long> u63() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 100), Arbitraries.longs().between(0, Long.MAX_VALUE));
  }

  private static Arbitrary<Optional<Address>> recipients() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofSize(20)
        .map(Address::fromBytes)
        .injectNull(0.2)
        .map(a -> a == null ? Optional.<Address>empty() : a);
  }

  private static Arbitrary<Calldata> data() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(100).map(Calldata::of);
  }

  private static Arbitrary<List<AccessListEntry>> accessLists() {
    Arbitrary<Bytes32> keys = Arbitraries.bytes().array(byte[].class).ofSize(32).map(Bytes32::wrap);
    Arbitrary<AccessListEntry> entry =
        Combinators.combine(
                Arbitraries.bytes()
                    .array(byte[].class)
                    .ofSize(20)
                    .map(b -> Address.fromBytes(b).orElseThrow()),
                keys.list().ofMaxSize(3))
            .as(AccessListEntry::new);
    return entry.list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Transaction> transactions() {
    Arbitrary<Transaction> legacy =
        Combinators.combine(u63(), u256(), u63(), recipients(), u256(), data())
            .as(
                (nonce, price, gas, to, value, data) ->
                    new LegacyTransaction(
                        nonce, price, gas, to, value, data, OptionalLong.of(CHAIN)));
    Arbitrary<Transaction> dynamic =
        Combinators.combine(
                u63(), u256(), u256(), u63(), recipients(), u256(), data(), accessLists())
            .as(
                // EIP-1559 requires tip <= fee cap: the smaller draw is the tip.
                (nonce, a, b, gas, to, value, data, list) ->
                    new DynamicFeeTransaction(
                        CHAIN, nonce, a.min(b), a.max(b), gas, to, value, data, list));
    return Arbitraries.oneOf(legacy, dynamic);
  }

  @Property(tries = 150)
  void signedTransactionsDecodeToThemselvesAndRecoverTheSigner(
      @ForAll("transactions") Transaction tx, @ForAll("keys") PrivateKey key) {
    SignedTransaction signed = SignedTransaction.sign(tx, key, ECDSA);
    SignedTransaction decoded =
        MainnetTransactionTest.ok(TransactionDecoder.decode(signed.encoded(), RULES));

    assertThat(decoded).isEqualTo(signed);
    assertThat(decoded.transaction()).isEqualTo(tx);
    assertThat(decoded.signature()).isEqualTo(signed.signature());
    assertThat(decoded.hash()).isEqualTo(signed.hash());
    // the decoder slices type 2's signing payload out of the wire bytes instead of re-encoding it
    assertThat(decoded.signingHash()).isEqualTo(tx.signingHash());
    assertThat(MainnetTransactionTest.ok(decoded.recoverSender(ECDSA))).isEqualTo(key.address());
  }

  @Property(tries = 150)
  void aFlippedBitIsRejectedOrRecoversAnotherSender(
      @ForAll("transactions") Transaction tx,
      @ForAll("keys") PrivateKey key,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where) {
    byte[] raw = SignedTransaction.sign(tx, key, ECDSA).encoded();
    int bit = where % (raw.length * 8);
    raw[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    if (TransactionDecoder.decode(raw, RULES) instanceof TxResult.Ok<SignedTransaction>(var t)) {
      assertThat(t.recoverSender(ECDSA)).isNotEqualTo(new TxResult.Ok<>(key.address()));
    }
  }

  /** Whatever the bytes, the answer is a value; anything accepted is in canonical form. */
  @Property(tries = 1000)
  void arbitraryBytesAreAnsweredWithAValue(@ForAll("noise") byte[] raw) {
    if (TransactionDecoder.decode(raw, RULES) instanceof TxResult.Ok<SignedTransaction>(var t)) {
      assertThat(TransactionEncoder.signed(t.transaction(), t.signature())).isEqualTo(raw);
    }
  }

  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<Byte> bytes =
        Arbitraries.oneOf(
            Arbitraries.bytes(),
            Arbitraries.of((byte) 0x02, (byte) 0x80, (byte) 0xc0, (byte) 0xf8));
    return bytes.array(byte[].class).ofMaxSize(80);
  }
}
