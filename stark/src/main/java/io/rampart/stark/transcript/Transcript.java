package io.rampart.stark.transcript;

import io.rampart.crypto.field.Ext2;
import io.rampart.crypto.field.Goldilocks;
import io.rampart.stark.air.Air;
import io.rampart.stark.options.ProofOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;

/**
 * The Fiat-Shamir transcript, as a chain of phase objects: each challenge can only be drawn from
 * the phase object that absorbing its inputs returned, so no challenge can be drawn before what it
 * depends on. Order: protocol id and version, AIR id, options, trace length, public inputs (all in
 * {@link #begin}); trace root → composition coefficients; composition root → z; out-of-domain
 * values → DEEP coefficients; each FRI layer root → its folding challenge; remainder → proof of
 * work → query positions.
 *
 * <p>The state is a 32-byte digest: absorbing sets state = H(state || tag || data); drawing hashes
 * state with a counter. A phase object is valid only until the next absorb: using an older one
 * throws {@link IllegalStateException} (a bug, not a proof problem). Not thread-safe.
 */
public final class Transcript {
  public static final String PROTOCOL_ID = "rampart-stark";
  public static final int PROTOCOL_VERSION = 1;

  private final Core core;

  private Transcript(Core core) {
    this.core = core;
  }

  /** Binds the statement and returns the phase that takes the trace commitment. */
  public static TracePhase begin(Air air, ProofOptions options) {
    Core core = new Core(options);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    writeString(b, PROTOCOL_ID);
    b.write(PROTOCOL_VERSION);
    writeString(b, air.id());
    b.writeBytes(options.encode());
    writeLong(b, air.traceLength());
    writeLong(b, air.width());
    long[] pub = air.publicInputs();
    writeLong(b, pub.length);
    for (long v : pub) {
      writeLong(b, v);
    }
    core.absorb((byte) 'S', b.toByteArray());
    return new Transcript(core).new TracePhase();
  }

  private static void writeString(ByteArrayOutputStream b, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeLong(b, bytes.length);
    b.writeBytes(bytes);
  }

  private static void writeLong(ByteArrayOutputStream b, long v) {
    b.writeBytes(Goldilocks.toBytes(v));
  }

  private static byte[] encodeExt(Ext2[] values) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (Ext2 v : values) {
      b.writeBytes(v.toBytes());
    }
    return b.toByteArray();
  }

  /** Base class of phases: remembers the generation it belongs to. */
  private abstract class Phase {
    private final int generation = core.generation;

    final void check() {
      if (generation != core.generation) {
        throw new IllegalStateException("stale transcript phase");
      }
    }
  }

  /** Waiting for the trace commitment. */
  public final class TracePhase extends Phase {
    public CompositionPhase commitTrace(byte[] root) {
      check();
      core.absorb((byte) 'T', root);
      return new CompositionPhase();
    }
  }

  /** Trace committed: composition coefficients may be drawn, then the composition committed. */
  public final class CompositionPhase extends Phase {
    public Ext2[] compositionCoefficients(int count) {
      check();
      return core.drawExts(count);
    }

    public OodPhase commitComposition(byte[] root) {
      check();
      core.absorb((byte) 'C', root);
      return new OodPhase();
    }
  }

  /** Composition committed: z may be drawn, then the out-of-domain values absorbed. */
  public final class OodPhase extends Phase {
    /** The out-of-domain point; never in the base field, so it avoids every evaluation domain. */
    public Ext2 z() {
      check();
      while (true) {
        Ext2 z = core.drawExt();
        if (z.c1() != 0) {
          return z;
        }
      }
    }

    public DeepPhase absorbOod(Ext2[] values) {
      check();
      core.absorb((byte) 'O', encodeExt(values));
      return new DeepPhase();
    }
  }

  /** Out-of-domain values absorbed: DEEP coefficients may be drawn; FRI layers follow. */
  public final class DeepPhase extends Phase {
    public Ext2[] deepCoefficients(int count) {
      check();
      return core.drawExts(count);
    }

    public FriPhase commitFriLayer(byte[] root) {
      check();
      core.absorb((byte) 'F', root);
      return new FriPhase();
    }

    public PowPhase absorbRemainder(Ext2[] coefficients) {
      check();
      core.absorb((byte) 'R', encodeExt(coefficients));
      return new PowPhase();
    }
  }

  /** A FRI layer committed: its folding challenge may be drawn. */
  public final class FriPhase extends Phase {
    public Ext2 alpha() {
      check();
      return core.drawExt();
    }

    public FriPhase commitFriLayer(byte[] root) {
      check();
      core.absorb((byte) 'F', root);
      return new FriPhase();
    }

    public PowPhase absorbRemainder(Ext2[] coefficients) {
      check();
      core.absorb((byte) 'R', encodeExt(coefficients));
      return new PowPhase();
    }
  }

  /** All commitments absorbed: grind or check the proof-of-work nonce. */
  public final class PowPhase extends Phase {
    /** Whether H(state || nonce) has at least the options' grinding bits of leading zeros. */
    public boolean powValid(long nonce) {
      check();
      return leadingZeros(core.powDigest(nonce)) >= core.options.grindingBits();
    }

    /**
     * The smallest valid nonce (prover side). Blocks of nonces are searched on the common pool; the
     * result is the same as a sequential search from 0.
     */
    public long grind() {
      check();
      int bits = core.options.grindingBits();
      for (long base = 0; ; base += GRIND_BLOCK) {
        long start = base;
        long found =
            LongStream.range(0, GRIND_BLOCK / GRIND_SLICE)
                .parallel()
                .map(s -> firstValid(start + s * GRIND_SLICE, GRIND_SLICE, bits))
                .filter(n -> n >= 0)
                .min()
                .orElse(-1);
        if (found >= 0) {
          return found;
        }
      }
    }

    private long firstValid(long from, long count, int bits) {
      for (long n = from; n < from + count; n++) {
        if (leadingZeros(core.powDigest(n)) >= bits) {
          return n;
        }
      }
      return -1;
    }

    /** Absorbs the nonce (the caller has checked it) and returns the query phase. */
    public QueryPhase absorbNonce(long nonce) {
      check();
      core.absorb((byte) 'N', Goldilocks.toBytes(nonce));
      return new QueryPhase();
    }
  }

  /** Nonce absorbed: query positions may be drawn. */
  public final class QueryPhase extends Phase {
    /** {@code count} positions in [0, domainSize) (a power of two), with repeats, in draw order. */
    public int[] positions(int count, int domainSize) {
      check();
      int mask = domainSize - 1;
      int[] out = new int[count];
      for (int i = 0; i < count; i++) {
        out[i] = (int) (core.drawLong() & mask);
      }
      return out;
    }
  }

  /** Nonces tried per parallel round of grinding, and per task within one. */
  private static final long GRIND_BLOCK = 1 << 14;

  private static final long GRIND_SLICE = 1 << 10;

  private static int leadingZeros(byte[] d) {
    int z = 0;
    for (byte x : d) {
      if (x == 0) {
        z += 8;
      } else {
        return z + Integer.numberOfLeadingZeros(x & 0xFF) - 24;
      }
    }
    return z;
  }

  private static final class Core {
    final ProofOptions options;
    byte[] state = new byte[32];
    int generation;
    long counter;

    Core(ProofOptions options) {
      this.options = options;
    }

    void absorb(byte tag, byte[] data) {
      byte[] in = new byte[33 + data.length];
      System.arraycopy(state, 0, in, 0, 32);
      in[32] = tag;
      System.arraycopy(data, 0, in, 33, data.length);
      state = options.hash().hashBytes(in);
      generation++;
      counter = 0;
    }

    long drawLong() {
      byte[] in = new byte[41];
      System.arraycopy(state, 0, in, 0, 32);
      in[32] = 'D';
      System.arraycopy(Goldilocks.toBytes(counter++), 0, in, 33, 8);
      return Goldilocks.readRaw(options.hash().hashBytes(in), 0);
    }

    long drawFelt() {
      while (true) {
        long v = drawLong();
        if (Goldilocks.isCanonical(v)) {
          return v;
        }
      }
    }

    Ext2 drawExt() {
      long c0 = drawFelt();
      return new Ext2(c0, drawFelt());
    }

    Ext2[] drawExts(int n) {
      Ext2[] out = new Ext2[n];
      for (int i = 0; i < n; i++) {
        out[i] = drawExt();
      }
      return out;
    }

    byte[] powDigest(long nonce) {
      byte[] in = new byte[41];
      System.arraycopy(state, 0, in, 0, 32);
      in[32] = 'W';
      System.arraycopy(Goldilocks.toBytes(nonce), 0, in, 33, 8);
      return options.hash().hashBytes(in);
    }
  }
}
