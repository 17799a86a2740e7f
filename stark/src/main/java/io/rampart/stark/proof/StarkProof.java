package io.rampart.stark.proof;

import io.rampart.crypto.field.Ext2;
import io.rampart.stark.options.ProofOptions;
import java.util.List;

/**
 * A STARK proof. The statement (AIR and public inputs) is not part of it: the verifier supplies it.
 * Arrays are shared, not copied; treat instances as immutable.
 *
 * @param traceLength rows of the trace (a power of two)
 * @param oodTrace trace polynomials at z, then at z·g (2·width values)
 * @param oodComposition composition columns at z
 * @param friRoots one root per FRI layer
 * @param remainder coefficients of the last FRI polynomial, lowest first
 * @param traceOpening trace rows at the distinct query positions (ascending)
 * @param compositionOpening composition rows (c0, c1 per column) at the same positions
 * @param friOpenings per layer, folding cosets (c0, c1 per element) at the distinct leaf indices
 */
public record StarkProof(
    ProofOptions options,
    int traceLength,
    byte[] traceRoot,
    byte[] compositionRoot,
    Ext2[] oodTrace,
    Ext2[] oodComposition,
    List<byte[]> friRoots,
    Ext2[] remainder,
    long powNonce,
    RowOpening traceOpening,
    RowOpening compositionOpening,
    List<RowOpening> friOpenings) {}
