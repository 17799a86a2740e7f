package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Goldilocks;
import io.rampart.crypto.poseidon2.Poseidon2Hasher;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.air.merkle.MerklePathUpdateAir;
import io.rampart.stark.prover.trace.MerklePathUpdateTrace;
import io.rampart.stark.verifier.StarkVerifier;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MerklePathUpdateStarkTest {
  static final int DEPTH = 32;
  static final StarkVerifier VERIFIER = new StarkVerifier(0);

  record Update(
      long[] oldLeaf,
      long[] newLeaf,
      long index,
      long[][] siblings,
      long[] oldRoot,
      long[] newRoot) {
    MerklePathUpdateAir air() {
      return new MerklePathUpdateAir(DEPTH, oldLeaf, newLeaf, oldRoot, newRoot, index);
    }

    TraceTable trace() {
      return MerklePathUpdateTrace.generate(oldLeaf, newLeaf, index, siblings);
    }
  }

  static long[] node(SplittableRandom r) {
    long[] n = new long[4];
    for (int i = 0; i < 4; i++) {
      n[i] = Goldilocks.reduce(r.nextLong());
    }
    return n;
  }

  /** The root by the crypto module's Poseidon2 compression (the oracle). */
  static long[] root(long[] leaf, long index, long[][] siblings) {
    long[] cur = leaf.clone();
    long[] in = new long[8];
    for (int k = 0; k < siblings.length; k++) {
      boolean right = ((index >>> k) & 1) == 1;
      System.arraycopy(right ? siblings[k] : cur, 0, in, 0, 4);
      System.arraycopy(right ? cur : siblings[k], 0, in, 4, 4);
      Poseidon2Hasher.compress(in, 0, cur, 0);
    }
    return cur;
  }

  static Update update(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[][] sib = new long[DEPTH][];
    for (int k = 0; k < DEPTH; k++) {
      sib[k] = node(r);
    }
    long[] oldLeaf = node(r);
    long[] newLeaf = node(r);
    long index = r.nextLong(1L << 32);
    return new Update(
        oldLeaf, newLeaf, index, sib, root(oldLeaf, index, sib), root(newLeaf, index, sib));
  }

  static byte[] prove(Update u, TraceTable t) {
    return ((ProveResult.Proved) new StarkProver(ProofFixtures.OPTIONS, false).prove(u.air(), t))
        .bytes();
  }

  @Test
  void honestUpdateHasAValidTraceAndProof() {
    Update u = update(1);
    assertThat(TraceChecker.firstFailure(u.air(), u.trace())).isEmpty();
    assertThat(VERIFIER.verify(u.air(), prove(u, u.trace())).accepted()).isTrue();
  }

  @Test
  void wrongRootsLeavesOrIndexAreRejected() {
    Update u = update(2);
    byte[] proof = prove(u, u.trace());
    long[] bad = u.newRoot().clone();
    bad[2] = Goldilocks.add(bad[2], 1);
    assertThat(
            VERIFIER
                .verify(
                    new MerklePathUpdateAir(
                        DEPTH, u.oldLeaf(), u.newLeaf(), u.oldRoot(), bad, u.index()),
                    proof)
                .accepted())
        .isFalse();
    assertThat(
            VERIFIER
                .verify(
                    new MerklePathUpdateAir(
                        DEPTH, u.oldLeaf(), u.newLeaf(), bad, u.newRoot(), u.index()),
                    proof)
                .accepted())
        .isFalse();
    assertThat(
            VERIFIER
                .verify(
                    new MerklePathUpdateAir(
                        DEPTH, u.oldLeaf(), bad, u.oldRoot(), u.newRoot(), u.index()),
                    proof)
                .accepted())
        .isFalse();
    assertThat(
            VERIFIER
                .verify(
                    new MerklePathUpdateAir(
                        DEPTH, u.oldLeaf(), u.newLeaf(), u.oldRoot(), u.newRoot(), u.index() ^ 1),
                    proof)
                .accepted())
        .isFalse();
  }

  @Test
  void differentSiblingsPerLaneCannotBeProved() {
    // A trace whose new lane uses other siblings reaches another new root; claim that root.
    Update u = update(3);
    long[][] other = u.siblings().clone();
    other[5] = node(new SplittableRandom(99));
    TraceTable oldTrace = u.trace();
    TraceTable newTrace =
        MerklePathUpdateTrace.generate(u.oldLeaf(), u.newLeaf(), u.index(), other);
    long[][] cols = new long[MerklePathUpdateAir.WIDTH][];
    for (int c = 0; c < cols.length; c++) {
      boolean newLane =
          (c >= MerklePathUpdateAir.NEW && c < MerklePathUpdateAir.NEW + 12)
              || (c >= MerklePathUpdateAir.CARRY_NEW && c < MerklePathUpdateAir.CARRY_NEW + 4);
      cols[c] = (newLane ? newTrace : oldTrace).column(c).clone();
    }
    TraceTable mixed = new TraceTable(cols);
    Update claimed =
        new Update(
            u.oldLeaf(),
            u.newLeaf(),
            u.index(),
            u.siblings(),
            u.oldRoot(),
            root(u.newLeaf(), u.index(), other));
    assertThat(TraceChecker.firstFailure(claimed.air(), mixed)).isPresent();
    assertThat(VERIFIER.verify(claimed.air(), prove(claimed, mixed)).accepted()).isFalse();
  }

  @Test
  void oneWrongCellIsNamedAndRejected() {
    Update u = update(4);
    TraceTable bad = u.trace().withCell(MerklePathUpdateAir.SIB + 1, 200, 5);
    assertThat(TraceChecker.firstFailure(u.air(), bad)).isPresent();
    assertThat(VERIFIER.verify(u.air(), prove(u, bad)).accepted()).isFalse();
  }
}
