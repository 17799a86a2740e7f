package io.rampart.chain.mempool;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the pool offers a block, and its pending counts, against a slow oracle: each sender's run of
 * consecutive nonces from its account nonce, runs interleaved by arrival, gaps left waiting.
 */
class MempoolReadyPropertyTest {
  private static final Fixture FX = new Fixture(3, 13);

  record Arrival(int sender, int nonce) {}

  @Provide
  Arbitrary<List<Arrival>> arrivals() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 7))
        .as(Arrival::new)
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 60)
  void readyAndStatusMatchTheOracle(
      @ForAll("arrivals") List<Arrival> arrivals, @ForAll("max") int max) {
    WorldState world = FX.fundedWorld(3, 1_000_000);
    Mempool pool = new Mempool(FX.cfg, new MempoolConfig(1_000, 64, 64, 10), Fixture.ECDSA);
    // per sender: nonce -> (arrival position, hash) of what the pool took
    List<Map<Integer, Integer>> order = new ArrayList<>();
    List<Map<Integer, Bytes32>> hashes = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      order.add(new HashMap<>());
      hashes.add(new HashMap<>());
    }
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      var tx = FX.transfer(a.sender(), FX.addresses.get((a.sender() + 1) % 3), a.nonce(), 1);
      if (pool.admit(tx.encoded(), world) instanceof AdmitResult.Added) {
        order.get(a.sender()).put(a.nonce(), i);
        hashes.get(a.sender()).put(a.nonce(), tx.hash());
      }
    }
    List<Bytes32> expected = new ArrayList<>();
    int[] next = new int[3];
    while (expected.size() < max) {
      int pick = -1;
      for (int s = 0; s < 3; s++) {
        Integer at = order.get(s).get(next[s]);
        if (at != null && (pick < 0 || at < order.get(pick).get(next[pick]))) {
          pick = s;
        }
      }
      if (pick < 0) {
        break;
      }
      expected.add(hashes.get(pick).get(next[pick]++));
    }
    assertThat(pool.ready(world, max).stream().map(L2Tx.UserTx::hash).toList()).isEqualTo(expected);

    int pending = 0;
    for (int s = 0; s < 3; s++) {
      int run = 0;
      while (order.get(s).containsKey(run)) {
        run++;
      }
      pending += run;
      assertThat(pool.nextNonce(FX.addresses.get(s), 0)).isEqualTo(run);
    }
    assertThat(pool.status(world)).isEqualTo(new Mempool.Status(pending, pool.size() - pending));
  }

  @Provide
  Arbitrary<Integer> max() {
    return Arbitraries.integers().between(0, 30);
  }
}
