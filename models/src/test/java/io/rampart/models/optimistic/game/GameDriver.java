package io.rampart.models.optimistic.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.StateRoots;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.actors.DerivingSource;
import io.rampart.models.optimistic.actors.StepProver;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Scenarios;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives a dispute on a world with traffic, a forced transaction and a final empty block down to a
 * chosen one-step claim, and submits steps against it: the fixture of the input-proof tests.
 */
final class GameDriver {
  static final Address A = Address.named("a");
  static final Address B = Address.named("b");
  OptimisticWorld w;
  ChainTrace truth;
  StepProver prover;
  long t;

  GameDriver(boolean blobBatches) {
    w =
        new OptimisticWorld(
            OptimisticWorld.Setup.defaults(11), Scenarios.USERS, java.util.Set.of(), blobBatches);
    Scenarios.trafficForTests(w);
    w.forceAt(SimTime.ofSeconds(700), 2, w.signTransfer(2, w.l2Address(3), 5));
    w.party("a");
    w.party("b");
    w.runFor(SimDuration.ofSeconds(3 * 3600));
    postEmptyBlock(w.truth());
    truth = w.truth();
    DerivingSource source = w.honestSource().get();
    source.refresh();
    prover = source.prover().orElseThrow();
    t = w.chain.head().timestamp();
    assertThat(truth.txCount(truth.blockCount() - 1)).isZero();
  }

  /** The sequencer posts a batch of one empty block (a valid batch: derivation applies it). */
  void postEmptyBlock(ChainTrace before) {
    L2Block lastBlock = before.block(before.blockCount() - 1);
    Batch empty =
        new Batch(
            OptimisticWorld.CHAIN_ID,
            before.blockCount(),
            List.of(),
            List.of(new Batch.Block(lastBlock.timestamp(), lastBlock.l1Origin(), List.of())));
    w.chain.submit(
        TxRequest.call(
            OptimisticWorld.SEQUENCER,
            OptimisticWorld.INBOX,
            new Inbox.PostBatch(BatchCodec.encode(empty), 0),
            1_000_000));
    t = w.chain.head().timestamp() + 12;
    w.chain.produceBlock(t);
  }

  Receipt exec(Address from, ContractCall call, long bondDepth) {
    GameParams params = w.game.params();
    Wei v = Wei.ofGwei(params.bondGwei((int) bondDepth));
    SubmitResult r =
        w.chain.submit(TxRequest.call(from, OptimisticWorld.GAME, call, 10_000_000).withValue(v));
    Bytes32 h = ((SubmitResult.Accepted) r).tx().hash();
    t += 12;
    w.chain.produceBlock(t);
    return w.chain.receipt(h).orElseThrow();
  }

  List<Node> nodes(long p) {
    return w.chain.view(OptimisticWorld.GAME, c -> w.game.nodes(c, p));
  }

  Node last(long p) {
    List<Node> all = nodes(p);
    return all.get(all.size() - 1);
  }

  /** A dispute over a wrong output, driven to a one-step claim at transaction j of block b. */
  record Claim(long proposal, Node node) {}

  Claim oneStepClaim(long b, int j) {
    return claimAt(b, j, false);
  }

  /** B proposes the last block's output with a wrong account root; returns the proposal. */
  long wrongProposal() {
    long top = truth.blockCount() - 1;
    ChainTrace.Output o = truth.output(top);
    Bytes32 account = o.accountRoot().flipBit(3);
    Bytes32 state =
        StateRoots.stateRoot(Keccak256.INSTANCE, account, o.nextIndex(), o.withdrawalRoot());
    Receipt proposed =
        exec(
            B,
            new GameCalls.ProposeOutput(
                top, state, o.withdrawalRoot(), account, o.nextIndex(), o.addressRoot(), -1),
            0);
    assertThat(proposed.succeeded()).as(proposed.revertReason()).isTrue();
    return w.proposalCount() - 1;
  }

  /** Down to transaction j of block b, or (atBlock) to the one-block claim over block b. */
  Claim claimAt(long b, int j, boolean atBlock) {
    long p = wrongProposal();
    Node claim = last(p);
    int arity = w.game.params().arity();
    while (claim.hi() - claim.lo() > 1 || (!atBlock && claim.level() == Node.Level.BLOCK)) {
      boolean split = claim.level() == Node.Level.BLOCK && claim.hi() - claim.lo() == 1;
      Node.Level level = split ? Node.Level.TX : claim.level();
      long lo = split ? 0 : claim.lo();
      long hi = split ? truth.txCount(b) : claim.hi();
      int parts = (int) Math.min(arity, hi - lo);
      List<Bytes32> roots = new ArrayList<>();
      for (int i = 1; i < parts; i++) {
        roots.add(root(level, b, lo + (hi - lo) * i / parts));
      }
      assertThat(
              exec(A, new GameCalls.Dissect(p, claim.id(), roots), claim.depth() + 1).succeeded())
          .isTrue();
      Node d = last(p);
      long want = level == Node.Level.TX ? j : b;
      int part = 1;
      while (d.point(part, parts) <= want) {
        part++;
      }
      Bytes32 end = part == parts ? claim.endRoot() : roots.get(part - 1).flipBit(7);
      Receipt sel = exec(B, new GameCalls.Select(p, d.id(), part, end), d.depth() + 1);
      assertThat(sel.succeeded()).as(sel.revertReason()).isTrue();
      claim = last(p);
    }
    if (atBlock) {
      assertThat(claim.lo()).isEqualTo(b);
    } else {
      assertThat(claim.block()).isEqualTo(b);
      assertThat(claim.lo()).isEqualTo(j);
    }
    return new Claim(p, claim);
  }

  Bytes32 root(Node.Level level, long b, long pos) {
    return level == Node.Level.BLOCK ? truth.blockRoot(pos) : truth.txRoot(b, (int) pos);
  }

  /** Submits a tampered step: it must revert with {@code why} and leave the game unchanged. */
  void refused(Claim c, InputProof input, InputRejection why) {
    List<Node> before = nodes(c.proposal());
    long held = w.proposal(c.proposal()).heldGwei();
    var witness =
        c.node().level() == Node.Level.BLOCK
            ? null
            : truth.stepInput(c.node().block(), (int) c.node().lo()).witness();
    Receipt r =
        exec(
            A,
            new GameCalls.Step(c.proposal(), c.node().id(), input, witness),
            c.node().depth() + 1);
    assertThat(r.succeeded()).isFalse();
    assertThat(r.revertReason()).isEqualTo(why.name());
    assertThat(nodes(c.proposal())).isEqualTo(before);
    assertThat(w.proposal(c.proposal()).heldGwei()).isEqualTo(held);
  }

  void accepted(Claim c) {
    GameCalls.Step honest =
        prover
            .step(c.proposal(), c.node().id(), c.node().block(), (int) c.node().lo())
            .orElseThrow();
    Receipt r = exec(A, honest, c.node().depth() + 1);
    assertThat(r.succeeded()).as(r.revertReason()).isTrue();
    Node step = last(c.proposal());
    assertThat(step.kind()).isEqualTo(Node.Kind.STEP);
    assertThat(step.parent()).isEqualTo(c.node().id());
    assertThat(step.claimant()).isEqualTo(A);
    // the same step again is a duplicate move: refused, nothing changes
    List<Node> after = nodes(c.proposal());
    Receipt again = exec(B, honest, c.node().depth() + 1);
    assertThat(again.revertReason()).isEqualTo("DUPLICATE_MOVE");
    assertThat(nodes(c.proposal())).isEqualTo(after);
  }

  /** A block with at least two transfers; returns {block, position of its first transfer}. */
  long[] transferSite() {
    for (long b = 0; b < truth.blockCount(); b++) {
      BlockInputs.Source s = prover.schedule().source(b).orElseThrow();
      if (s.transfers() >= 2) {
        return new long[] {b, s.systemCount()};
      }
    }
    throw new AssertionError("no block with two transfers");
  }

  long[] systemSite(boolean deposit) {
    for (long b = 0; b < truth.blockCount(); b++) {
      BlockInputs.Source s = prover.schedule().source(b).orElseThrow();
      if (deposit ? s.deposits() > 0 : s.forced() > 0) {
        return new long[] {b, deposit ? 0 : s.deposits()};
      }
    }
    throw new AssertionError("no such system transaction");
  }

  /** The posted batch re-encoded with one transfer of block {@code k} worth one gwei more. */
  byte[] forged(byte[] posted, int k) {
    Batch b =
        ((BatchDecodeResult.Decoded) BatchCodec.decode(posted, OptimisticWorld.CHAIN_ID)).batch();
    List<Batch.Block> blocks = new ArrayList<>(b.blocks());
    Batch.Block blk = blocks.get(k);
    List<CompactTx> txs = new ArrayList<>(blk.txs());
    CompactTx tx = txs.get(0);
    txs.set(
        0,
        new CompactTx(
            tx.fromIndex(),
            tx.to(),
            tx.valueGwei() + 1,
            tx.template(),
            tx.yParity(),
            tx.r(),
            tx.s()));
    blocks.set(k, new Batch.Block(blk.timestamp(), blk.l1Origin(), txs));
    byte[] out = BatchCodec.encode(new Batch(b.chainId(), b.firstBlock(), b.templates(), blocks));
    assertThat(BatchCodec.decode(out, OptimisticWorld.CHAIN_ID))
        .isInstanceOf(BatchDecodeResult.Decoded.class);
    return out;
  }
}
