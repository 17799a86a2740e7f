package io.rampart.chain.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Receipt;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.crypto.ecdsa.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ConservationPropertyTest {

  /**
   * Random valid and invalid submissions (bad bytes, wrong nonces, overspending, tampered
   * signatures, fractional gwei): at every block, balances + fees collected + withdrawn equals
   * everything deposited, and fees collected equal the fee recipient's balance.
   */
  @Property(tries = 20)
  void balancesPlusFeesPlusWithdrawalsEqualDeposits(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Fixture fx = new Fixture(10, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    WorldState world = new WorldState(fx.cfg.hasher());
    Mempool pool = new Mempool(fx.cfg, new MempoolConfig(200, 8, 4, 10), Fixture.ECDSA);
    SystemQueue queue = new SystemQueue();
    Sequencer seq =
        new Sequencer(fx.cfg, world, pool, queue, BatchPolicy.defaults(), 0, Fixture.ECDSA);
    BigInteger deposited = BigInteger.ZERO;
    BigInteger fees = BigInteger.ZERO;
    BigInteger withdrawn = BigInteger.ZERO;
    long depositId = 0;
    int transfers = 0;
    for (int round = 0; round < 8; round++) {
      for (int d = 0; d < 3; d++) {
        long amount = rnd.nextLong(1, 300_000);
        queue.add(fx.deposit(depositId++, round, fx.addresses.get(rnd.nextInt(8)), amount));
        deposited = deposited.add(BigInteger.valueOf(amount));
      }
      List<byte[]> raws = new ArrayList<>();
      for (int t = 0; t < 25; t++) {
        raws.add(randomSubmission(fx, rnd, world));
      }
      pool.admitAll(raws, world);
      L2Block block = seq.produceBlock(round, round, 1_000);
      for (Receipt r : block.receipts()) {
        if (r.success()) {
          transfers += r.kind() == Receipt.Kind.DEPOSIT ? 0 : 1;
          fees = fees.add(BigInteger.valueOf(r.feesGwei()));
          if (r.kind() == Receipt.Kind.WITHDRAWAL) {
            withdrawn = withdrawn.add(BigInteger.valueOf(r.valueGwei()));
          }
        }
      }
      BigInteger total = world.totalBalance();
      assertThat(total.add(withdrawn)).isEqualTo(deposited);
      int feeIdx = world.indexOf(fx.cfg.feeRecipient());
      BigInteger feeBalance =
          feeIdx < 0 ? BigInteger.ZERO : BigInteger.valueOf(world.account(feeIdx).balanceGwei());
      assertThat(feeBalance).isEqualTo(fees);
      assertThat(total.subtract(feeBalance).add(fees).add(withdrawn)).isEqualTo(deposited);
    }
    assertThat(transfers).as("transfers and withdrawals included").isGreaterThan(20);
  }

  private static byte[] randomSubmission(Fixture fx, SplittableRandom rnd, WorldState world) {
    int from = rnd.nextInt(fx.keys.size());
    int idx = world.indexOf(fx.addresses.get(from));
    long nonce = idx < 0 ? 0 : world.account(idx).nonce();
    Address to =
        switch (rnd.nextInt(5)) {
          case 0 -> ChainConfig.WITHDRAWAL_ADDRESS;
          case 1 -> Fixture.randomAddress(rnd);
          default -> fx.addresses.get(rnd.nextInt(fx.keys.size()));
        };
    return switch (rnd.nextInt(10)) {
      case 0 -> {
        byte[] junk = new byte[rnd.nextInt(1, 120)];
        rnd.nextBytes(junk);
        yield junk;
      }
      case 1 -> fx.transfer(from, to, nonce + rnd.nextInt(2, 9), 10).encoded();
      case 2 -> fx.transfer(from, to, nonce, 10_000_000).encoded();
      case 3 -> {
        byte[] raw = fx.transfer(from, to, nonce, 10).encoded();
        raw[raw.length - 1 - rnd.nextInt(60)] ^= (byte) (1 << rnd.nextInt(8));
        yield raw;
      }
      case 4 ->
          fx.transfer(
                  fx.keys.get(from),
                  to,
                  nonce,
                  BigInteger.valueOf(rnd.nextLong(1, 1_000_000_000)).add(Fixture.GWEI))
              .encoded();
      case 5 -> fx.legacyTransfer(from, to, nonce + rnd.nextInt(2), rnd.nextInt(50_000)).encoded();
      default -> fx.transfer(from, to, nonce + rnd.nextInt(2), rnd.nextInt(50_000)).encoded();
    };
  }
}
