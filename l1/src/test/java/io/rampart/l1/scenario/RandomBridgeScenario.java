package io.rampart.l1.scenario;

import static io.rampart.l1.L1TestKit.ALICE;
import static io.rampart.l1.L1TestKit.BOB;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ReorgPlan;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.world.random.DeterministicRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Random deposits, withdrawals, proposals, finalizations (including repeated ones), reorgs with
 * dropped transactions, and ledger crashes, all drawn from one seed. Conservation is checked after
 * every event by the world.
 */
final class RandomBridgeScenario {
  static final Address CAROL = Address.named("carol");
  static final Address DAVE = Address.named("dave");

  private RandomBridgeScenario() {}

  static BridgeWorld run(long seed, int steps) {
    BridgeWorld w = new BridgeWorld(seed, L1Config.defaults().withFinality(8, 8));
    DeterministicRandom r = w.world.randomStream("ops");
    List<Long> proposedAt = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      Address user = r.chance(0.5) ? ALICE : BOB;
      switch (r.nextInt(7)) {
        case 0, 1 -> w.deposit(user, user, 1 + r.nextLong(1_000_000));
        case 2 -> {
          long safe = L2Ledger.safeBalance(w.store(), user);
          if (safe > 0) {
            w.withdraw(user, r.chance(0.5) ? CAROL : DAVE, 1 + r.nextLong(safe));
          }
        }
        case 3 -> {
          w.proposeWithdrawals();
          proposedAt.add(w.kit.chain.head().timestamp());
        }
        case 4 -> {
          for (int i = 0; i < proposedAt.size(); i++) {
            if (w.kit.chain.head().timestamp()
                    > proposedAt.get(i) + BridgeWorld.SETTLEMENT_DELAY + 24
                && r.chance(0.5)) {
              w.finalizeAll(i);
            }
          }
        }
        case 5 -> {
          int depth = 1 + r.nextInt(4);
          if (w.kit.chain.head().number() < depth) {
            break;
          }
          Set<Bytes32> drop = Set.of();
          Block b =
              w.kit.chain.block(Math.max(1, w.kit.chain.head().number() - depth + 1)).orElseThrow();
          if (!b.transactions().isEmpty()) {
            drop = Set.of(b.transactions().get(r.nextInt(b.transactions().size())).hash());
          }
          ReorgPlan plan = r.chance(0.5) ? ReorgPlan.dropping(drop) : ReorgPlan.discarding(drop);
          w.reorg(depth, r.chance(0.3) ? plan.shuffled(r.nextLong()) : plan);
        }
        default -> {
          if (w.world.isUp(w.ledger) && r.chance(0.3)) {
            w.world.crash(w.ledger);
          } else if (!w.world.isUp(w.ledger)) {
            w.world.restart(w.ledger);
          }
        }
      }
      w.runSlots(1 + r.nextInt(3));
    }
    if (!w.world.isUp(w.ledger)) {
      w.world.restart(w.ledger);
    }
    w.runSlots(2);
    return w;
  }
}
