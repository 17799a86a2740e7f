package io.rampart.chain.mempool;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.BlockBuilder;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.LegacyTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way the pool refuses a transaction; each refusal leaves pool and state as they were. */
class MempoolRejectionTest {
  private final Fixture fx = new Fixture(6, 7);
  private WorldState world;
  private Mempool pool;

  @BeforeEach
  void setUp() {
    world = fx.fundedWorld(5, 1_000_000);
    pool = new Mempool(fx.cfg, new MempoolConfig(4, 3, 4, 10), Fixture.ECDSA);
  }

  private void assertRejected(byte[] raw, Reason reason) {
    List<Bytes32> before = pool.snapshot();
    Bytes32 root = world.root();
    AdmitResult r = pool.admit(raw, world);
    assertThat(r)
        .isInstanceOfSatisfying(
            AdmitResult.Rejected.class,
            rej -> assertThat(rej.rejection().reason()).isEqualTo(reason));
    assertThat(pool.snapshot()).isEqualTo(before);
    assertThat(world.root()).isEqualTo(root);
  }

  private void admitOk(SignedTransaction tx) {
    assertThat(pool.admit(tx.encoded(), world)).isNotInstanceOf(AdmitResult.Rejected.class);
  }

  private byte[] legacyRaw(long v, BigInteger r, BigInteger s) {
    return Rlp.encode(
        RlpList.of(
            RlpString.ofUnsigned(0),
            RlpString.ofUnsigned(1_000_000_000L),
            RlpString.ofUnsigned(21_000),
            RlpString.of(fx.addresses.get(1).toBytes()),
            RlpString.ofUnsigned(Fixture.GWEI),
            RlpString.EMPTY,
            RlpString.ofUnsigned(v),
            RlpString.ofUnsigned(r),
            RlpString.ofUnsigned(s)));
  }

  @Test
  void badSignatureZeroR() {
    assertRejected(legacyRaw(901 * 2 + 35, BigInteger.ZERO, BigInteger.ONE), Reason.BAD_SIGNATURE);
  }

  @Test
  void badSignatureHighS() {
    var tx = fx.legacyTransfer(0, fx.addresses.get(1), 0, 1);
    var sig = tx.signature().negateS();
    long v = 901 * 2 + 35 + sig.recoveryId();
    assertRejected(legacyRaw(v, sig.rValue(), sig.sValue()), Reason.BAD_SIGNATURE);
  }

  @Test
  void tamperedSignatureDoesNotSpendTheSignersFunds() {
    var tx = fx.transfer(0, fx.addresses.get(1), 0, 1);
    byte[] raw = tx.encoded();
    raw[raw.length - 1] ^= 1; // last byte of s: another (unfunded) sender or none recovers
    AdmitResult r = pool.admit(raw, world);
    assertThat(r).isInstanceOf(AdmitResult.Rejected.class);
    assertThat(((AdmitResult.Rejected) r).rejection().reason())
        .isIn(Reason.BAD_SIGNATURE, Reason.INSUFFICIENT_FUNDS);
    assertThat(pool.size()).isZero();
  }

  @Test
  void wrongChainId() {
    var tx =
        new DynamicFeeTransaction(
            902,
            0,
            BigInteger.ONE,
            Fixture.GWEI,
            21_000,
            Optional.of(fx.addresses.get(1)),
            Fixture.GWEI,
            Calldata.EMPTY,
            List.of());
    assertRejected(
        SignedTransaction.sign(tx, fx.keys.get(0), Fixture.ECDSA).encoded(), Reason.WRONG_CHAIN_ID);
  }

  @Test
  void missingChainId() {
    var tx =
        new LegacyTransaction(
            0,
            Fixture.GWEI,
            21_000,
            Optional.of(fx.addresses.get(1)),
            Fixture.GWEI,
            Calldata.EMPTY,
            OptionalLong.empty());
    assertRejected(
        SignedTransaction.sign(tx, fx.keys.get(0), Fixture.ECDSA).encoded(),
        Reason.MISSING_CHAIN_ID);
  }

  @Test
  void nonceTooLow() {
    var b = new BlockBuilder(fx.cfg, world, Fixture.ECDSA);
    admitOk(fx.transfer(0, fx.addresses.get(1), 0, 5));
    b.add(pool.ready(world, 10).getFirst());
    world.apply(b.diff());
    pool.prune(world, List.of(fx.addresses.get(0)));
    assertRejected(fx.transfer(0, fx.addresses.get(2), 0, 7).encoded(), Reason.NONCE_TOO_LOW);
  }

  @Test
  void nonceGapTooLarge() {
    assertRejected(fx.transfer(0, fx.addresses.get(1), 5, 1).encoded(), Reason.NONCE_GAP_TOO_LARGE);
  }

  @Test
  void insufficientFundsForValuePlusFees() {
    assertRejected(
        fx.transfer(0, fx.addresses.get(1), 0, 1_000_000).encoded(), Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void insufficientFundsCountsPendingTransactions() {
    admitOk(fx.transfer(0, fx.addresses.get(1), 0, 600_000));
    assertRejected(
        fx.transfer(0, fx.addresses.get(1), 1, 600_000).encoded(), Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void senderWithoutAccount() {
    assertRejected(fx.transfer(5, fx.addresses.get(1), 0, 1).encoded(), Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void valueNotWholeGwei() {
    var tx =
        fx.transfer(
            fx.keys.get(0), fx.addresses.get(1), 0, Fixture.GWEI.add(BigInteger.valueOf(1)));
    assertRejected(tx.encoded(), Reason.VALUE_NOT_WHOLE_GWEI);
  }

  @Test
  void oversize() {
    var tx =
        new DynamicFeeTransaction(
            901,
            0,
            BigInteger.ONE,
            Fixture.GWEI,
            21_000,
            Optional.of(fx.addresses.get(1)),
            Fixture.GWEI,
            Calldata.of(new byte[2000]),
            List.of());
    assertRejected(
        SignedTransaction.sign(tx, fx.keys.get(0), Fixture.ECDSA).encoded(), Reason.OVERSIZE);
  }

  @Test
  void notATransfer() {
    var tx =
        new DynamicFeeTransaction(
            901,
            0,
            BigInteger.ONE,
            Fixture.GWEI,
            21_000,
            Optional.of(fx.addresses.get(1)),
            Fixture.GWEI,
            Calldata.of(new byte[] {1, 2, 3}),
            List.of());
    assertRejected(
        SignedTransaction.sign(tx, fx.keys.get(0), Fixture.ECDSA).encoded(), Reason.NOT_A_TRANSFER);
  }

  @Test
  void feeBelowBaseFee() {
    assertRejected(
        fx.transferWithFees(0, fx.addresses.get(1), 0, 1, 1_000, 0).encoded(),
        Reason.FEE_BELOW_BASE_FEE);
  }

  @Test
  void malformedBytes() {
    assertRejected(new byte[] {0x02, (byte) 0xc0}, Reason.BAD_ENCODING);
  }

  @Test
  void alreadyKnown() {
    var tx = fx.transfer(0, fx.addresses.get(1), 0, 1);
    admitOk(tx);
    assertRejected(tx.encoded(), Reason.ALREADY_KNOWN);
  }

  @Test
  void underpricedReplacement() {
    admitOk(fx.transferWithFees(0, fx.addresses.get(1), 0, 1, 1_000_000_000, 100_000_000));
    assertRejected(
        fx.transferWithFees(0, fx.addresses.get(1), 0, 2, 1_050_000_000, 200_000_000).encoded(),
        Reason.UNDERPRICED_REPLACEMENT);
    // Bumping only the cap is not enough either.
    assertRejected(
        fx.transferWithFees(0, fx.addresses.get(1), 0, 2, 2_000_000_000, 105_000_000).encoded(),
        Reason.UNDERPRICED_REPLACEMENT);
  }

  @Test
  void replacementWithTenPercentBumpTakesThePlace() {
    var old = fx.transferWithFees(0, fx.addresses.get(1), 0, 1, 1_000_000_000, 100_000_000);
    admitOk(old);
    var better = fx.transferWithFees(0, fx.addresses.get(1), 0, 2, 1_100_000_000, 110_000_000);
    assertThat(pool.admit(better.encoded(), world)).isInstanceOf(AdmitResult.Replaced.class);
    assertThat(pool.snapshot()).containsExactly(better.hash());
  }

  @Test
  void poolFullForSender() {
    for (int n = 0; n < 3; n++) {
      admitOk(fx.transfer(0, fx.addresses.get(1), n, 1));
    }
    assertRejected(fx.transfer(0, fx.addresses.get(1), 3, 1).encoded(), Reason.POOL_FULL);
  }

  @Test
  void poolFullRejectsWorseAndEvictsWorstForBetter() {
    long cap = 1_000_000_000;
    admitOk(fx.transferWithFees(0, fx.addresses.get(1), 0, 1, cap, 50_000_000));
    admitOk(fx.transferWithFees(1, fx.addresses.get(0), 0, 1, cap, 60_000_000));
    admitOk(fx.transferWithFees(2, fx.addresses.get(0), 0, 1, cap, 70_000_000));
    var worst = fx.transferWithFees(3, fx.addresses.get(0), 0, 1, cap, 10_000_000);
    admitOk(worst);
    assertRejected(
        fx.transferWithFees(4, fx.addresses.get(0), 0, 1, cap, 5_000_000).encoded(),
        Reason.POOL_FULL);
    var better = fx.transferWithFees(4, fx.addresses.get(0), 0, 1, cap, 90_000_000);
    AdmitResult r = pool.admit(better.encoded(), world);
    assertThat(r)
        .isInstanceOfSatisfying(
            AdmitResult.Added.class,
            a -> assertThat(a.evicted()).map(u -> u.hash()).contains(worst.hash()));
    assertThat(pool.contains(worst.hash())).isFalse();
    assertThat(pool.size()).isEqualTo(4);
  }

  @Test
  void admitAllKeepsOrderAndRejectsIndividually() {
    var good = fx.transfer(0, fx.addresses.get(1), 0, 1);
    var bad = fx.transfer(0, fx.addresses.get(1), 9, 1);
    PrivateKey stranger = PrivateKey.generate(new SplittableRandom(99));
    var unfunded = fx.transfer(stranger, fx.addresses.get(1), 0, Fixture.GWEI);
    List<AdmitResult> rs =
        pool.admitAll(List.of(good.encoded(), bad.encoded(), unfunded.encoded()), world);
    assertThat(rs.get(0)).isInstanceOf(AdmitResult.Added.class);
    assertThat(rs.get(1)).isInstanceOf(AdmitResult.Rejected.class);
    assertThat(rs.get(2)).isInstanceOf(AdmitResult.Rejected.class);
    assertThat(pool.snapshot()).containsExactly(good.hash());
  }

  private byte[] dynamic(BigInteger tip, BigInteger cap, long gas, BigInteger value) {
    var tx =
        new DynamicFeeTransaction(
            901,
            0,
            tip,
            cap,
            gas,
            Optional.of(fx.addresses.get(1)),
            value,
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, fx.keys.get(0), Fixture.ECDSA).encoded();
  }

  @Test
  void valueOfTwoToTheSixtyFourGweiOrMore() {
    BigInteger wei = BigInteger.ONE.shiftLeft(64).multiply(Fixture.GWEI);
    assertRejected(dynamic(BigInteger.ONE, Fixture.GWEI, 21_000, wei), Reason.VALUE_TOO_LARGE);
  }

  @Test
  void feeOutOfRange() {
    assertRejected(
        dynamic(BigInteger.ONE, BigInteger.ONE.shiftLeft(63), 21_000, Fixture.GWEI),
        Reason.FEE_OUT_OF_RANGE);
    assertRejected(
        dynamic(Fixture.GWEI.add(BigInteger.ONE), Fixture.GWEI, 21_000, Fixture.GWEI),
        Reason.FEE_OUT_OF_RANGE);
  }

  @Test
  void gasLimitTooLow() {
    assertRejected(
        dynamic(BigInteger.ONE, Fixture.GWEI, 20_999, Fixture.GWEI), Reason.GAS_LIMIT_TOO_LOW);
  }

  @Test
  void pendingNonceAndStatusCountOnlyTheGaplessRun() {
    Address a = fx.addresses.get(0);
    assertThat(pool.nextNonce(a, 0)).isZero();
    admitOk(fx.transfer(0, fx.addresses.get(1), 0, 1));
    admitOk(fx.transfer(0, fx.addresses.get(1), 2, 1));
    assertThat(pool.nextNonce(a, 0)).isEqualTo(1);
    assertThat(pool.status(world)).isEqualTo(new Mempool.Status(1, 1));
    admitOk(fx.transfer(0, fx.addresses.get(1), 1, 1));
    assertThat(pool.nextNonce(a, 0)).isEqualTo(3);
    assertThat(pool.status(world)).isEqualTo(new Mempool.Status(3, 0));
  }

  @Test
  void pendingNonceWithGapsAheadAndBehindTheRun() {
    Address a = fx.addresses.get(0);
    admitOk(fx.transfer(0, fx.addresses.get(1), 1, 1));
    admitOk(fx.transfer(0, fx.addresses.get(1), 3, 1));
    // nothing at the account nonce: no run, both wait
    assertThat(pool.nextNonce(a, 0)).isZero();
    assertThat(pool.status(world)).isEqualTo(new Mempool.Status(0, 2));
    admitOk(fx.transfer(0, fx.addresses.get(1), 0, 1));
    // {0, 1, 3}: the run from 0 stops at the gap; from 1 and from 3 the queue does not start there
    assertThat(pool.nextNonce(a, 0)).isEqualTo(2);
    assertThat(pool.nextNonce(a, 1)).isEqualTo(2);
    assertThat(pool.nextNonce(a, 3)).isEqualTo(4);
    assertThat(pool.status(world)).isEqualTo(new Mempool.Status(2, 1));
  }
}
