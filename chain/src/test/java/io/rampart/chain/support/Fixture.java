package io.rampart.chain.support;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Hasher;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.tx.Calldata;
import io.rampart.crypto.tx.DynamicFeeTransaction;
import io.rampart.crypto.tx.LegacyTransaction;
import io.rampart.crypto.tx.SignedTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/** A test chain: config, seeded keys, and helpers to sign transfers. */
public final class Fixture {
  public static final long CHAIN_ID = 901;
  public static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
  public static final Ecdsa ECDSA = Ecdsa.defaultInstance();

  public final ChainConfig cfg;
  public final List<PrivateKey> keys;
  public final List<Address> addresses;

  public Fixture(int accounts, long seed) {
    this(accounts, seed, Keccak256.INSTANCE, FeeParams.defaults());
  }

  public Fixture(int accounts, long seed, Hasher hasher, FeeParams fees) {
    SplittableRandom rnd = new SplittableRandom(seed);
    keys = new ArrayList<>(accounts);
    addresses = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      PrivateKey k = PrivateKey.generate(rnd);
      keys.add(k);
      addresses.add(k.address());
    }
    Address feeRecipient = PrivateKey.generate(new SplittableRandom(seed ^ 0x5eed)).address();
    cfg = new ChainConfig(CHAIN_ID, hasher, feeRecipient, fees, ChainConfig.DEFAULT_MAX_TX_BYTES);
  }

  /** An EIP-1559 transfer of {@code gwei} at fee cap 1 gwei and tip 0.001 gwei. */
  public SignedTransaction transfer(int from, Address to, long nonce, long gwei) {
    return transfer(keys.get(from), to, nonce, BigInteger.valueOf(gwei).multiply(GWEI));
  }

  public SignedTransaction transfer(PrivateKey key, Address to, long nonce, BigInteger wei) {
    var tx =
        new DynamicFeeTransaction(
            CHAIN_ID,
            nonce,
            BigInteger.valueOf(1_000_000),
            GWEI,
            21_000,
            Optional.of(to),
            wei,
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, key, ECDSA);
  }

  /** A legacy EIP-155 transfer at gas price 0.5 gwei. */
  public SignedTransaction legacyTransfer(int from, Address to, long nonce, long gwei) {
    var tx =
        new LegacyTransaction(
            nonce,
            BigInteger.valueOf(500_000_000),
            21_000,
            Optional.of(to),
            BigInteger.valueOf(gwei).multiply(GWEI),
            Calldata.EMPTY,
            OptionalLong.of(CHAIN_ID));
    return SignedTransaction.sign(tx, keys.get(from), ECDSA);
  }

  public L2Tx.Deposit deposit(long id, long l1Block, Address to, long gwei) {
    return new L2Tx.Deposit(id, l1Block, to, gwei);
  }

  public static Address randomAddress(SplittableRandom rnd) {
    byte[] b = new byte[20];
    rnd.nextBytes(b);
    return Address.fromBytes(b).orElseThrow();
  }

  /** Re-executes {@code block} on {@code parent} and returns its diff. */
  public static io.rampart.chain.state.StateDiff diffOf(
      ChainConfig cfg,
      io.rampart.chain.state.StateView parent,
      io.rampart.chain.block.L2Block block) {
    var b = new io.rampart.chain.stf.BlockBuilder(cfg, parent, ECDSA);
    for (L2Tx tx : block.txs()) {
      if (b.add(tx) instanceof io.rampart.chain.stf.TxOutcome.Invalid(var r)) {
        throw new AssertionError("invalid on replay: " + r);
      }
    }
    return b.diff();
  }

  /** A world whose first {@code funded} keys hold {@code gwei} each (one deposit block). */
  public io.rampart.chain.state.WorldState fundedWorld(int funded, long gwei) {
    var w = new io.rampart.chain.state.WorldState(cfg.hasher());
    var b = new io.rampart.chain.stf.BlockBuilder(cfg, w, ECDSA);
    for (int i = 0; i < funded; i++) {
      b.add(deposit(i, 0, addresses.get(i), gwei));
    }
    w.apply(b.diff());
    return w;
  }

  /** A type-2 transfer with explicit fee cap and tip in wei. */
  public SignedTransaction transferWithFees(
      int from, Address to, long nonce, long gwei, long capWei, long tipWei) {
    var tx =
        new DynamicFeeTransaction(
            CHAIN_ID,
            nonce,
            BigInteger.valueOf(tipWei),
            BigInteger.valueOf(capWei),
            21_000,
            Optional.of(to),
            BigInteger.valueOf(gwei).multiply(GWEI),
            Calldata.EMPTY,
            List.of());
    return SignedTransaction.sign(tx, keys.get(from), ECDSA);
  }
}
