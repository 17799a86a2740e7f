package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Receipt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clock extension at the block/transaction split: a late block-level dissection into single
 * blocks gets its clock capped at maxClock - 2 × extension (its maker's next move must compute a
 * block's per-transaction roots); any other late move at maxClock - extension.
 */
class SplitClockTest {

  @Test
  void theDissectionBeforeTheSplitGetsTheDoubledExtension() {
    GameDriver d = new GameDriver(false);
    GameParams params = d.w.game.params();
    int arity = params.arity();
    long p = d.wrongProposal();
    Node claim = d.last(p);
    List<Long> clocks = new ArrayList<>();
    List<Boolean> beforeSplit = new ArrayList<>();
    while (claim.hi() - claim.lo() > 1) {
      long lo = claim.lo();
      long hi = claim.hi();
      int parts = (int) Math.min(arity, hi - lo);
      List<Bytes32> roots = new ArrayList<>();
      for (int i = 1; i < parts; i++) {
        roots.add(d.truth.blockRoot(lo + (hi - lo) * i / parts));
      }
      if (!claim.isRoot()) {
        Node target = claim;
        d.t = d.w.chain.view(d.w.game.address(), c -> d.w.game.deadlineOf(c, p, target)) - 12;
      }
      Receipt r =
          d.exec(GameDriver.A, new GameCalls.Dissect(p, claim.id(), roots), claim.depth() + 1);
      assertThat(r.succeeded()).as(r.revertReason()).isTrue();
      Node dis = d.last(p);
      if (!claim.isRoot()) {
        clocks.add(dis.clock());
        beforeSplit.add(hi - lo <= arity);
      }
      // the dishonest side answers at once with the last part (it defends its wrong end)
      Receipt sel =
          d.exec(
              GameDriver.B,
              new GameCalls.Select(p, dis.id(), parts, claim.endRoot()),
              dis.depth() + 1);
      assertThat(sel.succeeded()).as(sel.revertReason()).isTrue();
      claim = d.last(p);
    }
    assertThat(beforeSplit).contains(true);
    for (int i = 0; i < clocks.size(); i++) {
      long ext = beforeSplit.get(i) ? 2 * params.clockExtension() : params.clockExtension();
      assertThat(clocks.get(i)).as("late dissection %d", i).isEqualTo(params.maxClock() - ext);
    }
  }
}
