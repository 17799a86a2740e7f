package io.rampart.chain.mempool;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.fee.Fees;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.hash.Keccak256;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pool's running pending total against a slow oracle: after any sequence of admissions and
 * drops, a transfer is refused for funds exactly when the sender's pooled costs plus its own exceed
 * the balance. Fees are free except the 21-gwei execution fee of the fixture's tip.
 */
class MempoolFundsPropertyTest {
  private static final long BALANCE = 1_000;
  private static final Fixture FX = new Fixture(3, 11, Keccak256.INSTANCE, FeeParams.free());
  private static final long FEE = Fees.executionFeeGwei(1_000_000);

  record Op(boolean drop, int sender, int nonce, int gwei) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9).map(i -> i == 0),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 600))
        .as(Op::new)
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 60)
  void fundsCheckMatchesTheSumOfPooledCosts(@ForAll("ops") List<Op> ops) {
    WorldState world = FX.fundedWorld(3, BALANCE);
    Mempool pool = new Mempool(FX.cfg, new MempoolConfig(1_000, 64, 64, 10), Fixture.ECDSA);
    Map<Integer, TreeMap<Integer, Long>> model = new HashMap<>();
    for (Op op : ops) {
      TreeMap<Integer, Long> mine = model.computeIfAbsent(op.sender(), k -> new TreeMap<>());
      var tx =
          FX.transfer(op.sender(), FX.addresses.get((op.sender() + 1) % 3), op.nonce(), op.gwei());
      if (op.drop()) {
        var pooled = pool.get(tx.hash());
        if (pooled.isPresent()) {
          pool.dropWithSuccessors(pooled.get());
          mine.tailMap(op.nonce(), true).clear();
        }
        continue;
      }
      AdmitResult r = pool.admit(tx.encoded(), world);
      long pending = mine.values().stream().mapToLong(Long::longValue).sum();
      boolean sameNonce = mine.containsKey(op.nonce());
      if (sameNonce) {
        // same fees: a duplicate or an underpriced replacement, never a funds question
        assertThat(r).isInstanceOf(AdmitResult.Rejected.class);
        continue;
      }
      boolean affordable = pending + op.gwei() + FEE <= BALANCE;
      if (affordable) {
        assertThat(r)
            .as("pending %d + %d", pending, op.gwei() + FEE)
            .isInstanceOf(AdmitResult.Added.class);
        mine.put(op.nonce(), op.gwei() + FEE);
      } else {
        assertThat(r)
            .isInstanceOfSatisfying(
                AdmitResult.Rejected.class,
                rej -> assertThat(rej.rejection().reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS));
      }
    }
  }
}
