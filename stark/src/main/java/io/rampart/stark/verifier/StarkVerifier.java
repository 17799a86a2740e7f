package io.rampart.stark.verifier;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.commit.MerkleBatch;
import io.rampart.stark.commit.VectorHash;
import io.rampart.stark.fri.FriFold;
import io.rampart.stark.fri.FriLayout;
import io.rampart.stark.math.ExtMath;
import io.rampart.stark.options.ProofOptions;
import io.rampart.stark.options.Security;
import io.rampart.stark.proof.DecodeResult;
import io.rampart.stark.proof.ProofCodec;
import io.rampart.stark.proof.RowOpening;
import io.rampart.stark.proof.StarkProof;
import io.rampart.stark.transcript.Transcript;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies STARK proofs against a statement (an {@link Air} with its public inputs). Refuses proofs
 * whose options give less than {@code minSecurityBits} of conjectured security. Every problem with
 * the proof bytes is a {@link VerifyResult.Rejected}; work is bounded by the decoded sizes, which
 * the codec caps. Stateless and thread-safe.
 */
public final class StarkVerifier {
  /** Largest LDE domain, log2: arrays are int-indexed. */
  public static final int MAX_LDE_LOG = 30;

  private final int minSecurityBits;

  public StarkVerifier(int minSecurityBits) {
    this.minSecurityBits = minSecurityBits;
  }

  public VerifyResult verify(Air air, byte[] proofBytes) {
    return switch (ProofCodec.decode(proofBytes)) {
      case DecodeResult.Malformed m ->
          reject(Rejection.MALFORMED, m.reason() + " at byte " + m.offset());
      case DecodeResult.Decoded d -> verify(air, d.proof());
    };
  }

  private static VerifyResult reject(Rejection r, String detail) {
    return new VerifyResult.Rejected(r, detail);
  }

  public VerifyResult verify(Air air, StarkProof p) {
    ProofOptions o = p.options();
    int n = air.traceLength();
    if (p.traceLength() != n) {
      return reject(Rejection.WRONG_TRACE_LENGTH, p.traceLength() + " != " + n);
    }
    int bits = Security.conjecturedBits(o, n);
    if (bits < minSecurityBits) {
      return reject(Rejection.INSUFFICIENT_SECURITY, bits + " < " + minSecurityBits);
    }
    if (o.blowup() < air.maxDegree()) {
      return reject(Rejection.UNSUPPORTED_OPTIONS, "blowup below constraint degree");
    }
    if (Integer.numberOfTrailingZeros(n) + Integer.numberOfTrailingZeros(o.blowup())
        > MAX_LDE_LOG) {
      return reject(Rejection.UNSUPPORTED_OPTIONS, "LDE domain above 2^" + MAX_LDE_LOG);
    }
    int w = air.width();
    int cols = air.compositionColumns();
    FriLayout layout = FriLayout.of(o, n);
    if (p.oodTrace().length != 2 * w
        || p.oodComposition().length != cols
        || p.friRoots().size() != layout.layers()
        || p.friOpenings().size() != layout.layers()
        || p.remainder().length != layout.remainderSize()) {
      return reject(Rejection.BAD_SHAPE, "counts do not match the statement");
    }

    // Transcript, in protocol order.
    int numConstraints = air.numTransitionConstraints() + air.assertions().size();
    var afterTrace = Transcript.begin(air, o).commitTrace(p.traceRoot());
    Ext2[] compCoeffs = afterTrace.compositionCoefficients(numConstraints);
    var oodPhase = afterTrace.commitComposition(p.compositionRoot());
    Ext2 z = oodPhase.z();
    Ext2[] ood = concat(p.oodTrace(), p.oodComposition());
    var deepPhase = oodPhase.absorbOod(ood);
    Ext2[] deepCoeffs = deepPhase.deepCoefficients(2 * w + cols);
    Ext2[] alphas = new Ext2[layout.layers()];
    Transcript.PowPhase pow;
    if (layout.layers() == 0) {
      pow = deepPhase.absorbRemainder(p.remainder());
    } else {
      var fri = deepPhase.commitFriLayer(p.friRoots().get(0));
      alphas[0] = fri.alpha();
      for (int j = 1; j < layout.layers(); j++) {
        fri = fri.commitFriLayer(p.friRoots().get(j));
        alphas[j] = fri.alpha();
      }
      pow = fri.absorbRemainder(p.remainder());
    }
    if (!pow.powValid(p.powNonce())) {
      return reject(Rejection.BAD_POW, "nonce does not meet " + o.grindingBits() + " bits");
    }
    int[] drawn = pow.absorbNonce(p.powNonce()).positions(o.queries(), layout.ldeSize());

    // Out-of-domain consistency.
    Ext2 expected = OodCheck.composition(air, z, p.oodTrace(), compCoeffs);
    Ext2 actual = Ext2.ZERO;
    Ext2 zn = z.pow(n);
    Ext2 zPow = Ext2.ONE;
    for (int j = 0; j < cols; j++) {
      actual = actual.add(p.oodComposition()[j].mul(zPow));
      zPow = zPow.mul(zn);
    }
    if (!expected.equals(actual)) {
      return reject(Rejection.OOD_MISMATCH, "constraints at z do not match the composition");
    }

    // Trace and composition openings.
    int[] positions = Arrays.stream(drawn).sorted().distinct().toArray();
    int ldeLog = Integer.numberOfTrailingZeros(layout.ldeSize());
    VectorHash h = o.hash();
    if (!checkRows(h, p.traceRoot(), ldeLog, positions, p.traceOpening(), w)) {
      return reject(Rejection.TRACE_PATH, "trace opening does not match its root");
    }
    if (!checkRows(h, p.compositionRoot(), ldeLog, positions, p.compositionOpening(), 2 * cols)) {
      return reject(Rejection.COMPOSITION_PATH, "composition opening does not match its root");
    }

    // DEEP values at the positions.
    Ext2[] current = new Ext2[positions.length];
    Ext2 zg = z.mul(Ext2.fromBase(Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n))));
    DeepValue deep = new DeepValue(z, zg, p.oodTrace(), p.oodComposition(), deepCoeffs);
    for (int i = 0; i < positions.length; i++) {
      long x = layout.point(0, positions[i]);
      current[i] = deep.at(x, p.traceOpening().rows()[i], p.compositionOpening().rows()[i]);
    }

    // FRI layers.
    int k = layout.folding();
    for (int j = 0; j < layout.layers(); j++) {
      int size = layout.domainSize(j);
      int leaves = size / k;
      int[] leafIdx = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        leafIdx[i] = (positions[i] & (size - 1)) & (leaves - 1);
      }
      int[] unique = Arrays.stream(leafIdx).sorted().distinct().toArray();
      RowOpening op = p.friOpenings().get(j);
      if (!checkRows(
          h, p.friRoots().get(j), Integer.numberOfTrailingZeros(leaves), unique, op, 2 * k)) {
        return reject(Rejection.FRI_PATH, "FRI layer " + j + " opening does not match its root");
      }
      Ext2[] next = new Ext2[positions.length];
      for (int i = 0; i < positions.length; i++) {
        int pj = positions[i] & (size - 1);
        int slot = pj / leaves;
        long[] row = op.rows()[Arrays.binarySearch(unique, leafIdx[i])];
        Ext2[] vals = new Ext2[k];
        for (int t = 0; t < k; t++) {
          vals[t] = new Ext2(row[2 * t], row[2 * t + 1]);
        }
        if (!vals[slot].equals(current[i])) {
          return reject(Rejection.FRI_INCONSISTENT, "layer " + j + ", position " + positions[i]);
        }
        next[i] = FriFold.fold(vals, layout.point(j, leafIdx[i]), alphas[j]);
      }
      current = next;
    }
    int last = layout.layers();
    int lastSize = layout.domainSize(last);
    for (int i = 0; i < positions.length; i++) {
      long x = layout.point(last, positions[i] & (lastSize - 1));
      if (!ExtMath.eval(p.remainder(), Ext2.fromBase(x)).equals(current[i])) {
        return reject(Rejection.REMAINDER_MISMATCH, "position " + positions[i]);
      }
    }
    return new VerifyResult.Accepted(bits);
  }

  private static boolean checkRows(
      VectorHash h, byte[] root, int depth, int[] indices, RowOpening op, int width) {
    long[][] rows = op.rows();
    if (rows.length != indices.length) {
      return false;
    }
    byte[][] digests = new byte[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != width) {
        return false;
      }
      digests[i] = new byte[32];
      h.hashRow(rows[i], 0, width, digests[i], 0);
    }
    List<byte[]> nodes = op.nodes();
    return MerkleBatch.verify(h, root, depth, indices, digests, nodes);
  }

  private static Ext2[] concat(Ext2[] a, Ext2[] b) {
    Ext2[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
