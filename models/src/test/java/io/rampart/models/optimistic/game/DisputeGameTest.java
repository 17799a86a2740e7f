package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Scenarios;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract's rules at their boundaries, driven block by block at chosen timestamps: moves at
 * deadline - 1 s and exactly at it are accepted, one second later refused; a proposal is final
 * strictly after its window; bonds, clock extension and step refusals.
 */
class DisputeGameTest {
  static final Address A = Address.named("a");
  static final Address B = Address.named("b");
  OptimisticWorld w;
  DisputeGame game;
  GameParams params;
  ChainTrace truth;
  long t;

  @BeforeEach
  void chain() {
    w = new OptimisticWorld(OptimisticWorld.Setup.defaults(21), Scenarios.USERS, Set.of());
    Scenarios.trafficForTests(w);
    w.party("a");
    w.party("b");
    w.runFor(SimDuration.ofSeconds(1_200));
    truth = w.truth();
    game = w.game;
    params = game.params();
    t = w.chain.head().timestamp();
  }

  Receipt exec(Address from, ContractCall call, long bondDepth, long at) {
    Wei v = bondDepth < 0 ? Wei.ZERO : Wei.ofGwei(params.bondGwei((int) bondDepth));
    SubmitResult r =
        w.chain.submit(TxRequest.call(from, OptimisticWorld.GAME, call, 5_000_000).withValue(v));
    Bytes32 h = ((SubmitResult.Accepted) r).tx().hash();
    w.chain.produceBlock(at);
    t = at;
    return w.chain.receipt(h).orElseThrow();
  }

  /** Three honest proposals in one block. */
  void threeProposals() {
    List<Bytes32> hashes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      SubmitResult r =
          w.chain.submit(
              TxRequest.call(A, OptimisticWorld.GAME, honestProposal(), 5_000_000)
                  .withValue(Wei.ofGwei(params.bondGwei(0))));
      hashes.add(((SubmitResult.Accepted) r).tx().hash());
    }
    t += 12;
    w.chain.produceBlock(t);
    for (Bytes32 h : hashes) {
      assertThat(w.chain.receipt(h).orElseThrow().succeeded()).isTrue();
    }
  }

  GameCalls.ProposeOutput honestProposal() {
    long block = truth.blockCount() - 1;
    ChainTrace.Output o = truth.output(block);
    return new GameCalls.ProposeOutput(
        block,
        o.stateRoot(),
        o.withdrawalRoot(),
        o.accountRoot(),
        o.nextIndex(),
        o.addressRoot(),
        -1);
  }

  CommitmentStatus statusAt(long p) {
    return w.chain.view(OptimisticWorld.GAME, c -> game.status(c, p));
  }

  List<Bytes32> dissectionRoots(long lo, long hi) {
    List<Bytes32> roots = new ArrayList<>();
    int parts = (int) Math.min(params.arity(), hi - lo);
    for (int i = 1; i < parts; i++) {
      roots.add(truth.blockRoot(lo + (hi - lo) * i / parts));
    }
    return roots;
  }

  @Test
  void proposalIsFinalStrictlyAfterTheWindow() {
    assertThat(exec(A, honestProposal(), 0, t + 12).succeeded()).isTrue();
    long created = t;
    long end = created + params.challengeWindow();
    w.chain.produceBlock(end - 1);
    assertThat(statusAt(0)).isEqualTo(new CommitmentStatus.Pending(end));
    w.chain.produceBlock(end);
    assertThat(statusAt(0)).isEqualTo(new CommitmentStatus.Pending(end));
    w.chain.produceBlock(end + 1);
    assertThat(statusAt(0)).isInstanceOf(CommitmentStatus.Final.class);
  }

  @Test
  void rootCanBeCounteredUntilTheWindowEndsInclusive() {
    threeProposals();
    long end = t + params.challengeWindow();
    long hi = truth.blockCount();
    List<Bytes32> roots = dissectionRoots(0, hi);
    assertThat(exec(B, new GameCalls.Dissect(0, 0, roots), 1, end - 1).succeeded()).isTrue();
    assertThat(exec(B, new GameCalls.Dissect(1, 0, roots), 1, end).succeeded()).isTrue();
    Receipt late = exec(B, new GameCalls.Dissect(2, 0, roots), 1, end + 1);
    assertThat(late.revertReason()).isEqualTo("WINDOW_CLOSED");
  }

  @Test
  void chessClockBoundaryAndExtension() {
    threeProposals();
    long hi = truth.blockCount();
    List<Bytes32> wrong = new ArrayList<>();
    for (Bytes32 r : dissectionRoots(0, hi)) {
      wrong.add(r.flipBit(1));
    }
    long d = t + 12;
    List<Bytes32> hashes = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      SubmitResult r =
          w.chain.submit(
              TxRequest.call(B, OptimisticWorld.GAME, new GameCalls.Dissect(p, 0, wrong), 5_000_000)
                  .withValue(Wei.ofGwei(params.bondGwei(1))));
      hashes.add(((SubmitResult.Accepted) r).tx().hash());
    }
    w.chain.produceBlock(d);
    t = d;
    for (Bytes32 h : hashes) {
      assertThat(w.chain.receipt(h).orElseThrow().succeeded()).isTrue();
    }
    // the dissection's clock runs against A: deadline = createdAt + maxClock - clock(root) (0)
    long deadline = d + params.maxClock();
    int parts = wrong.size() + 1;
    Bytes32 truthAt1 = truth.blockRoot(hi / parts);
    assertThat(exec(A, new GameCalls.Select(0, 1, 1, truthAt1), 2, deadline - 1).succeeded())
        .isTrue();
    assertThat(exec(A, new GameCalls.Select(1, 1, 1, truthAt1), 2, deadline).succeeded()).isTrue();
    assertThat(exec(A, new GameCalls.Select(2, 1, 1, truthAt1), 2, deadline + 1).revertReason())
        .isEqualTo("CLOCK_EXPIRED");
    // a move this late gets the extension: its clock is capped at maxClock - extension
    Node late = w.chain.view(OptimisticWorld.GAME, c -> game.nodes(c, 1)).get(2);
    assertThat(late.clock()).isEqualTo(params.maxClock() - params.clockExtension());
  }

  @Test
  void wrongBondsAndPointlessMovesAreRefused() {
    assertThat(exec(A, honestProposal(), 1, t + 12).revertReason()).isEqualTo("WRONG_BOND");
    assertThat(exec(A, honestProposal(), 0, t + 12).succeeded()).isTrue();
    long hi = truth.blockCount();
    assertThat(exec(B, new GameCalls.Dissect(0, 0, List.of()), 1, t + 12).revertReason())
        .isEqualTo("WRONG_ROOT_COUNT");
    assertThat(
            exec(B, new GameCalls.Dissect(0, 0, dissectionRoots(0, hi)), 0, t + 12).revertReason())
        .isEqualTo("WRONG_BOND");
    assertThat(exec(B, new GameCalls.Resolve(0, 0), -1, t + 12).revertReason())
        .isEqualTo("CLOCK_RUNNING");
    var bad =
        new GameCalls.ProposeOutput(
            0, Bytes32.ZERO, Bytes32.ZERO, Bytes32.ZERO, 0, Bytes32.ZERO, -1);
    assertThat(exec(A, bad, 0, t + 12).revertReason()).isEqualTo("STATE_ROOT_MISMATCH");
  }

  List<Node> nodes() {
    return w.chain.<List<Node>>view(OptimisticWorld.GAME, c -> game.nodes(c, 0));
  }

  @Test
  void aDuplicateMoveIsRefusedAndChangesNothing() {
    assertThat(exec(A, honestProposal(), 0, t + 12).succeeded()).isTrue();
    long hi = truth.blockCount();
    List<Bytes32> wrong = new ArrayList<>();
    for (Bytes32 r : dissectionRoots(0, hi)) {
      wrong.add(r.flipBit(1));
    }
    assertThat(exec(B, new GameCalls.Dissect(0, 0, wrong), 1, t + 12).succeeded()).isTrue();
    List<Node> before = nodes();
    // the same dissection again, from another party: refused
    assertThat(exec(A, new GameCalls.Dissect(0, 0, wrong), 1, t + 12).revertReason())
        .isEqualTo("DUPLICATE_MOVE");
    assertThat(nodes()).isEqualTo(before);
    // the same parent with other roots is another move
    assertThat(exec(A, new GameCalls.Dissect(0, 0, dissectionRoots(0, hi)), 1, t + 12).succeeded())
        .isTrue();
    Bytes32 truthAt1 = truth.blockRoot(hi / 2);
    assertThat(exec(A, new GameCalls.Select(0, 1, 1, truthAt1), 2, t + 12).succeeded()).isTrue();
    assertThat(exec(B, new GameCalls.Select(0, 1, 1, truthAt1), 2, t + 12).revertReason())
        .isEqualTo("DUPLICATE_MOVE");
    assertThat(exec(B, new GameCalls.Select(0, 1, 1, truthAt1.flipBit(2)), 2, t + 12).succeeded())
        .isTrue();
  }
}
