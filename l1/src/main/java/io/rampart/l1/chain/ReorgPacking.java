package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.world.random.DeterministicRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which transactions a reorg's replacement blocks are offered, and which go back to the pool. */
final class ReorgPacking {
  private ReorgPacking() {}

  /**
   * Candidates for each replacement block, in order. Without shuffling, block {@code i} is offered
   * what orphaned block {@code i} held (minus dropped transactions); with shuffling, every block is
   * offered all survivors in one shuffled order (the builder skips those already included).
   */
  static List<List<L1Tx>> candidates(List<Block> orphaned, ReorgPlan plan) {
    List<List<L1Tx>> perBlock = new ArrayList<>();
    List<L1Tx> all = new ArrayList<>();
    for (Block b : orphaned) {
      List<L1Tx> keep = new ArrayList<>();
      for (L1Tx tx : b.transactions()) {
        if (!plan.drop().contains(tx.hash())) {
          keep.add(tx);
          all.add(tx);
        }
      }
      perBlock.add(keep);
    }
    if (plan.shuffleSeed() == null) {
      return perBlock;
    }
    DeterministicRandom r = new DeterministicRandom(plan.shuffleSeed());
    for (int i = all.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      all.set(j, all.set(i, all.get(j)));
    }
    List<List<L1Tx>> shuffled = new ArrayList<>();
    for (int i = 0; i < orphaned.size(); i++) {
      shuffled.add(new ArrayList<>(all));
    }
    return shuffled;
  }

  /**
   * Orphaned transactions not re-included that go back to the pool, in their original order. Under
   * a discarding plan this still lists a discarded transaction's same-sender successors; the pool's
   * {@code dropStale} then removes them (and pending ones) as stuck behind the nonce gap.
   */
  static List<L1Tx> returned(List<Block> orphaned, Set<Bytes32> included, ReorgPlan plan) {
    List<L1Tx> out = new ArrayList<>();
    for (Block b : orphaned) {
      for (L1Tx tx : b.transactions()) {
        boolean dropped = plan.drop().contains(tx.hash());
        if (!included.contains(tx.hash()) && (!dropped || plan.returnToPool())) {
          out.add(tx);
        }
      }
    }
    return out;
  }
}
