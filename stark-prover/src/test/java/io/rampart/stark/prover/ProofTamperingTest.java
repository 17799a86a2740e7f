package io.rampart.stark.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.proof.ProofCodec;
import io.rampart.stark.proof.RowOpening;
import io.rampart.stark.proof.StarkProof;
import io.rampart.stark.verifier.Rejection;
import io.rampart.stark.verifier.StarkVerifier;
import io.rampart.stark.verifier.VerifyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every part of a valid proof changed by one bit is rejected: each root, out-of-domain value, FRI
 * root, remainder coefficient, the nonce, every opened row element and every Merkle node.
 */
class ProofTamperingTest {
  static final StarkVerifier VERIFIER = new StarkVerifier(0);

  record Mutation(String part, UnaryOperator<StarkProof> change) {}

  static long flip(long v) {
    long f = v ^ 1;
    return Goldilocks.isCanonical(f) ? f : v ^ 2;
  }

  static Ext2 flip(Ext2 e) {
    return new Ext2(flip(e.c0()), e.c1());
  }

  static byte[] flip(byte[] b, int bit) {
    byte[] c = b.clone();
    c[bit / 8] ^= (byte) (1 << (bit % 8));
    return c;
  }

  static StarkProof with(
      StarkProof p,
      byte[] traceRoot,
      byte[] compRoot,
      Ext2[] ood,
      Ext2[] oodComp,
      List<byte[]> friRoots,
      Ext2[] rem,
      long nonce,
      RowOpening trace,
      RowOpening comp,
      List<RowOpening> fri) {
    return new StarkProof(
        p.options(),
        p.traceLength(),
        traceRoot,
        compRoot,
        ood,
        oodComp,
        friRoots,
        rem,
        nonce,
        trace,
        comp,
        fri);
  }

  static List<Mutation> mutations(StarkProof p) {
    List<Mutation> m = new ArrayList<>();
    m.add(
        new Mutation(
            "trace root",
            q ->
                with(
                    q,
                    flip(q.traceRoot(), 5),
                    q.compositionRoot(),
                    q.oodTrace(),
                    q.oodComposition(),
                    q.friRoots(),
                    q.remainder(),
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings())));
    m.add(
        new Mutation(
            "composition root",
            q ->
                with(
                    q,
                    q.traceRoot(),
                    flip(q.compositionRoot(), 200),
                    q.oodTrace(),
                    q.oodComposition(),
                    q.friRoots(),
                    q.remainder(),
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings())));
    for (int i = 0; i < p.oodTrace().length; i++) {
      int fi = i;
      m.add(
          new Mutation(
              "ood trace " + i,
              q -> {
                Ext2[] o = q.oodTrace().clone();
                o[fi] = flip(o[fi]);
                return with(
                    q,
                    q.traceRoot(),
                    q.compositionRoot(),
                    o,
                    q.oodComposition(),
                    q.friRoots(),
                    q.remainder(),
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings());
              }));
    }
    for (int i = 0; i < p.oodComposition().length; i++) {
      int fi = i;
      m.add(
          new Mutation(
              "ood composition " + i,
              q -> {
                Ext2[] o = q.oodComposition().clone();
                o[fi] = flip(o[fi]);
                return with(
                    q,
                    q.traceRoot(),
                    q.compositionRoot(),
                    q.oodTrace(),
                    o,
                    q.friRoots(),
                    q.remainder(),
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings());
              }));
    }
    for (int i = 0; i < p.friRoots().size(); i++) {
      int fi = i;
      m.add(
          new Mutation(
              "fri root " + i,
              q -> {
                List<byte[]> r = new ArrayList<>(q.friRoots());
                r.set(fi, flip(r.get(fi), 77));
                return with(
                    q,
                    q.traceRoot(),
                    q.compositionRoot(),
                    q.oodTrace(),
                    q.oodComposition(),
                    r,
                    q.remainder(),
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings());
              }));
    }
    for (int i = 0; i < p.remainder().length; i++) {
      int fi = i;
      m.add(
          new Mutation(
              "remainder " + i,
              q -> {
                Ext2[] r = q.remainder().clone();
                r[fi] = flip(r[fi]);
                return with(
                    q,
                    q.traceRoot(),
                    q.compositionRoot(),
                    q.oodTrace(),
                    q.oodComposition(),
                    q.friRoots(),
                    r,
                    q.powNonce(),
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings());
              }));
    }
    m.add(
        new Mutation(
            "pow nonce",
            q ->
                with(
                    q,
                    q.traceRoot(),
                    q.compositionRoot(),
                    q.oodTrace(),
                    q.oodComposition(),
                    q.friRoots(),
                    q.remainder(),
                    q.powNonce() ^ 1,
                    q.traceOpening(),
                    q.compositionOpening(),
                    q.friOpenings())));
    addOpening(
        m,
        "trace",
        p.traceOpening(),
        (q, o) ->
            with(
                q,
                q.traceRoot(),
                q.compositionRoot(),
                q.oodTrace(),
                q.oodComposition(),
                q.friRoots(),
                q.remainder(),
                q.powNonce(),
                o,
                q.compositionOpening(),
                q.friOpenings()),
        StarkProof::traceOpening);
    addOpening(
        m,
        "composition",
        p.compositionOpening(),
        (q, o) ->
            with(
                q,
                q.traceRoot(),
                q.compositionRoot(),
                q.oodTrace(),
                q.oodComposition(),
                q.friRoots(),
                q.remainder(),
                q.powNonce(),
                q.traceOpening(),
                o,
                q.friOpenings()),
        StarkProof::compositionOpening);
    for (int j = 0; j < p.friOpenings().size(); j++) {
      int fj = j;
      addOpening(
          m,
          "fri layer " + j,
          p.friOpenings().get(j),
          (q, o) -> {
            List<RowOpening> l = new ArrayList<>(q.friOpenings());
            l.set(fj, o);
            return with(
                q,
                q.traceRoot(),
                q.compositionRoot(),
                q.oodTrace(),
                q.oodComposition(),
                q.friRoots(),
                q.remainder(),
                q.powNonce(),
                q.traceOpening(),
                q.compositionOpening(),
                l);
          },
          q -> q.friOpenings().get(fj));
    }
    return m;
  }

  interface Setter {
    StarkProof set(StarkProof p, RowOpening o);
  }

  static void addOpening(
      List<Mutation> m,
      String name,
      RowOpening o,
      Setter set,
      java.util.function.Function<StarkProof, RowOpening> get) {
    for (int r = 0; r < o.rows().length; r++) {
      for (int c = 0; c < o.rows()[r].length; c++) {
        int fr = r;
        int fc = c;
        m.add(
            new Mutation(
                name + " row " + r + " col " + c,
                q -> {
                  RowOpening old = get.apply(q);
                  long[][] rows = old.rows().clone();
                  rows[fr] = rows[fr].clone();
                  rows[fr][fc] = flip(rows[fr][fc]);
                  return set.set(q, new RowOpening(rows, old.nodes()));
                }));
      }
    }
    for (int i = 0; i < o.nodes().size(); i++) {
      int fi = i;
      m.add(
          new Mutation(
              name + " node " + i,
              q -> {
                RowOpening old = get.apply(q);
                List<byte[]> nodes = new ArrayList<>(old.nodes());
                nodes.set(fi, flip(nodes.get(fi), 3));
                return set.set(q, new RowOpening(old.rows(), nodes));
              }));
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (ProofFixtures.Case c :
        List.of(ProofFixtures.FIB, ProofFixtures.CHAIN, ProofFixtures.WIDE)) {
      out.add(Arguments.of(c));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void honestProofIsAccepted(ProofFixtures.Case c) {
    assertThat(VERIFIER.verify(c.air(), c.bytes()).accepted()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyPartChangedByOneBitIsRejected(ProofFixtures.Case c) {
    List<Mutation> ms = mutations(c.proof());
    assertThat(ms).hasSizeGreaterThan(50);
    List<String> accepted = new ArrayList<>();
    for (Mutation m : ms) {
      byte[] bytes = ProofCodec.encode(m.change().apply(c.proof()));
      if (VERIFIER.verify(c.air(), bytes).accepted()) {
        accepted.add(m.part());
      }
    }
    assertThat(accepted).as("mutations accepted").isEmpty();
  }

  @Test
  void changedNonceFailsTheWorkCheck() {
    var m =
        mutations(ProofFixtures.FIB.proof()).stream()
            .filter(x -> x.part().equals("pow nonce"))
            .findFirst()
            .orElseThrow();
    VerifyResult r =
        VERIFIER.verify(ProofFixtures.FIB.air(), m.change().apply(ProofFixtures.FIB.proof()));
    // 8 grinding bits: a neighbouring nonce passes with probability 1/256, then the queries move.
    assertThat(r.accepted()).isFalse();
    if (r instanceof VerifyResult.Rejected rej) {
      assertThat(rej.reason()).isIn(Rejection.BAD_POW, Rejection.TRACE_PATH);
    }
  }
}
