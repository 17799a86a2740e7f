package io.rampart.stark.prover;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.air.TraceTable;
import io.rampart.stark.fri.FriLayout;
import io.rampart.stark.math.Ntt;
import io.rampart.stark.options.ProofOptions;
import io.rampart.stark.proof.ProofCodec;
import io.rampart.stark.proof.RowOpening;
import io.rampart.stark.proof.StarkProof;
import io.rampart.stark.transcript.Transcript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Proves that a trace satisfies an AIR. In debug mode every constraint is first checked on the
 * trace and the first failure is returned instead of a proof; otherwise a bad trace yields a proof
 * that verifiers reject. Data-parallel steps run on the common ForkJoinPool. Thread-safe.
 */
public final class StarkProver {
  private final ProofOptions options;
  private final boolean debug;

  public StarkProver(ProofOptions options, boolean debug) {
    this.options = options;
    this.debug = debug;
  }

  public ProveResult prove(Air air, TraceTable trace) {
    int n = air.traceLength();
    int w = air.width();
    if (trace.length() != n || trace.width() != w) {
      throw new IllegalArgumentException("trace shape does not match the AIR");
    }
    if (options.blowup() < air.maxDegree()) {
      throw new IllegalArgumentException(
          "blowup " + options.blowup() + " is below the constraint degree " + air.maxDegree());
    }
    if (Integer.numberOfTrailingZeros(n) + Integer.numberOfTrailingZeros(options.blowup())
        > io.rampart.stark.verifier.StarkVerifier.MAX_LDE_LOG) {
      throw new IllegalArgumentException("LDE domain too large");
    }
    if (debug) {
      Optional<ConstraintFailure> f = TraceChecker.firstFailure(air, trace);
      if (f.isPresent()) {
        return new ProveResult.TraceRejected(f.get());
      }
    }
    int blowup = options.blowup();
    FriLayout layout = FriLayout.of(options, n);
    int size = layout.ldeSize();
    long shift = FriLayout.LDE_SHIFT;

    // 1. Trace: interpolate, extend, commit.
    long[][] traceCoeffs = new long[w][];
    long[][] traceLde = new long[w][];
    IntStream.range(0, w)
        .parallel()
        .forEach(
            i -> {
              long[] c = trace.column(i).clone();
              Ntt.inverse(c);
              traceCoeffs[i] = c;
              traceLde[i] = Ntt.lde(c, blowup, shift);
            });
    LdeMatrix traceM = new LdeMatrix(traceLde, options.hash());
    var compPhase = Transcript.begin(air, options).commitTrace(traceM.tree.root());

    // 2. Composition polynomial, split into columns of degree < n.
    int numConstraints = air.numTransitionConstraints() + air.assertions().size();
    Ext2[] compCoeffs = compPhase.compositionCoefficients(numConstraints);
    // C has degree below cols·n <= blowup·n: its values on cols of the blowup cosets of the trace
    // domain determine the columns.
    int cols = air.compositionColumns();
    long[][] cEval = ConstraintEvaluator.evaluate(air, traceLde, blowup, compCoeffs, cols);
    long[][][] split = new long[2][][];
    IntStream.range(0, 2)
        .parallel()
        .forEach(
            part -> split[part] = CompositionSplit.columns(cEval[part], n, cols, blowup, shift));
    long[][] compCoeffCols = new long[2 * cols][];
    long[][] compLde = new long[2 * cols][];
    IntStream.range(0, 2 * cols)
        .parallel()
        .forEach(
            idx -> {
              long[] c = split[idx % 2][idx / 2];
              compCoeffCols[idx] = c;
              compLde[idx] = Ntt.lde(c, blowup, shift);
            });
    LdeMatrix compM = new LdeMatrix(compLde, options.hash());
    var oodPhase = compPhase.commitComposition(compM.tree.root());

    // 3. Out-of-domain values.
    Ext2 z = oodPhase.z();
    Ext2 zg = z.mul(Ext2.fromBase(Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n))));
    long[][] zPow = powers(z, n);
    long[][] zgPow = powers(zg, n);
    Ext2[] ood = new Ext2[2 * w];
    IntStream.range(0, 2 * w)
        .parallel()
        .forEach(i -> ood[i] = evalAt(traceCoeffs[i % w], i < w ? zPow : zgPow));
    Ext2[] oodComp = new Ext2[cols];
    IntStream.range(0, cols)
        .parallel()
        .forEach(
            j -> {
              Ext2 h0 = evalAt(compCoeffCols[2 * j], zPow);
              Ext2 h1 = evalAt(compCoeffCols[2 * j + 1], zPow);
              oodComp[j] = h0.add(h1.mul(new Ext2(0, 1)));
            });
    Ext2[] oodAll = Arrays.copyOf(ood, 2 * w + cols);
    System.arraycopy(oodComp, 0, oodAll, 2 * w, cols);
    var deepPhase = oodPhase.absorbOod(oodAll);
    Ext2[] deepCoeffs = deepPhase.deepCoefficients(2 * w + cols);

    // 4. DEEP composition and FRI.
    long[][] f = DeepComposer.compose(traceCoeffs, compCoeffCols, z, zg, deepCoeffs, blowup, shift);
    int k = layout.folding();
    List<LdeMatrix> layers = new ArrayList<>();
    Transcript.PowPhase powPhase;
    Transcript.FriPhase fri = null;
    for (int j = 0; j < layout.layers(); j++) {
      LdeMatrix m = new LdeMatrix(FriProver.leafColumns(f[0], f[1], k), options.hash());
      layers.add(m);
      fri = j == 0 ? deepPhase.commitFriLayer(m.tree.root()) : fri.commitFriLayer(m.tree.root());
      f = FriProver.fold(layout, j, f[0], f[1], fri.alpha());
    }
    Ext2[] remainder =
        FriProver.remainder(f[0], f[1], layout.shift(layout.layers()), layout.remainderSize());
    powPhase = fri == null ? deepPhase.absorbRemainder(remainder) : fri.absorbRemainder(remainder);

    // 5. Grinding and queries.
    long nonce = powPhase.grind();
    int[] drawn = powPhase.absorbNonce(nonce).positions(options.queries(), size);
    int[] positions = Arrays.stream(drawn).sorted().distinct().toArray();
    RowOpening traceOpening =
        new RowOpening(traceM.rows(positions), traceM.tree.openBatch(positions));
    RowOpening compOpening = new RowOpening(compM.rows(positions), compM.tree.openBatch(positions));
    List<RowOpening> friOpenings = new ArrayList<>();
    for (int j = 0; j < layout.layers(); j++) {
      int dsize = layout.domainSize(j);
      int leaves = dsize / k;
      int[] idx =
          Arrays.stream(positions)
              .map(q -> (q & (dsize - 1)) & (leaves - 1))
              .sorted()
              .distinct()
              .toArray();
      LdeMatrix m = layers.get(j);
      friOpenings.add(new RowOpening(m.rows(idx), m.tree.openBatch(idx)));
    }
    List<byte[]> friRoots = layers.stream().map(m -> m.tree.root()).toList();
    StarkProof proof =
        new StarkProof(
            options,
            n,
            traceM.tree.root(),
            compM.tree.root(),
            ood,
            oodComp,
            friRoots,
            remainder,
            nonce,
            traceOpening,
            compOpening,
            friOpenings);
    return new ProveResult.Proved(proof, ProofCodec.encode(proof));
  }

  /** x^i for i in [0, count), as the arrays of c0 and c1 parts. */
  static long[][] powers(Ext2 x, int count) {
    long[] p0 = new long[count];
    long[] p1 = new long[count];
    long a0 = 1;
    long a1 = 0;
    for (int i = 0; i < count; i++) {
      p0[i] = a0;
      p1[i] = a1;
      long t0 = DeepComposer.mul0(a0, a1, x.c0(), x.c1());
      a1 = DeepComposer.mul1(a0, a1, x.c0(), x.c1());
      a0 = t0;
    }
    return new long[][] {p0, p1};
  }

  /**
   * A base-field polynomial at an extension point x, from the powers of x ({@link #powers}, at
   * least as many as coefficients): two exact dot products, one reduction each.
   */
  static Ext2 evalAt(long[] coeffs, long[][] xPowers) {
    return new Ext2(
        ConstraintEvaluator.dot(coeffs, xPowers[0], 0, coeffs.length),
        ConstraintEvaluator.dot(coeffs, xPowers[1], 0, coeffs.length));
  }
}
