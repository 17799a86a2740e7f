package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.state.StateRoots;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.chain.Receipt;
import io.rampart.models.optimistic.trace.ChainTrace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clock extension at the block/transaction split: a late block-level dissection with a
 * single-block part gets its clock capped at maxClock - 2 × extension (if that part is selected,
 * its maker's next move must compute a block's per-transaction roots); any other late move at
 * maxClock - extension.
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
        beforeSplit.add(hi - lo < 2L * arity);
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

  @Test
  void anUnevenDissectionWithASingleBlockPartGetsTheDoubledExtension() {
    GameDriver d = new GameDriver(false);
    GameParams params = d.w.game.params();
    int k = params.arity();
    // a wrong output over k × (2k - 1) blocks: its dissection has parts of 2k - 1 blocks, each an
    // uneven segment (k = 2: [0, 6) into [0, 3) and [3, 6); [0, 3) into [0, 1) and [1, 3))
    long top = (long) k * (2 * k - 1) - 1;
    assertThat((long) d.truth.blockCount()).isGreaterThan(top);
    ChainTrace.Output o = d.truth.output(top);
    Bytes32 account = o.accountRoot().flipBit(3);
    Bytes32 state =
        StateRoots.stateRoot(Keccak256.INSTANCE, account, o.nextIndex(), o.withdrawalRoot());
    Receipt proposed =
        d.exec(
            GameDriver.B,
            new GameCalls.ProposeOutput(
                top, state, o.withdrawalRoot(), account, o.nextIndex(), o.addressRoot(), -1),
            0);
    assertThat(proposed.succeeded()).as(proposed.revertReason()).isTrue();
    long p = d.w.proposalCount() - 1;
    Node root = d.last(p);
    List<Bytes32> roots = trueRoots(d, root.lo(), root.hi(), k);
    Receipt r = d.exec(GameDriver.A, new GameCalls.Dissect(p, root.id(), roots), 1);
    assertThat(r.succeeded()).as(r.revertReason()).isTrue();
    Node dis = d.last(p);
    // the dishonest side claims a wrong root at the end of the first part
    Receipt sel =
        d.exec(GameDriver.B, new GameCalls.Select(p, dis.id(), 1, roots.get(0).flipBit(7)), 2);
    assertThat(sel.succeeded()).as(sel.revertReason()).isTrue();
    Node claim = d.last(p);
    assertThat(claim.hi() - claim.lo()).isEqualTo(2L * k - 1);
    // the honest side dissects it one block before its deadline: some parts are single blocks
    d.t = d.w.chain.view(d.w.game.address(), c -> d.w.game.deadlineOf(c, p, claim)) - 12;
    Receipt late =
        d.exec(
            GameDriver.A,
            new GameCalls.Dissect(p, claim.id(), trueRoots(d, claim.lo(), claim.hi(), k)),
            3);
    assertThat(late.succeeded()).as(late.revertReason()).isTrue();
    Node uneven = d.last(p);
    assertThat(uneven.point(1, k) - uneven.point(0, k)).isEqualTo(1);
    assertThat(uneven.clock()).isEqualTo(params.maxClock() - 2 * params.clockExtension());
  }

  private static List<Bytes32> trueRoots(GameDriver d, long lo, long hi, int parts) {
    List<Bytes32> roots = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      roots.add(d.truth.blockRoot(lo + (hi - lo) * i / parts));
    }
    return roots;
  }
}
