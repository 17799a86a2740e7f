package io.rampart.models.optimistic.actors;

import io.rampart.models.optimistic.game.InputSchedule;
import io.rampart.models.optimistic.l2.DerivedChain;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.models.optimistic.trace.Trace;
import java.util.Optional;

/**
 * The honest source: derives the L2 chain from L1 data alone (never from the sequencer) and
 * computes the true trace from it. A new instance after a crash starts again from L1 genesis.
 */
public final class DerivingSource implements TraceSource {
  private final DerivedChain derived;
  private final ChainTrace trace;
  private final StepProver prover;

  public DerivingSource(DerivedChain derived) {
    this(new InputSchedule(derived));
  }

  /** Over a schedule that others may share (it reads the same derivation; see {@link #refresh}). */
  public DerivingSource(InputSchedule schedule) {
    this.derived = schedule.chain();
    this.trace = new ChainTrace(derived.config(), derived.ecdsa());
    this.prover = new StepProver(trace, schedule);
  }

  @Override
  public long refresh() {
    derived.sync();
    trace.extend(derived.blocks());
    prover.schedule().refresh();
    return trace.blockCount();
  }

  @Override
  public Trace trace() {
    return trace;
  }

  @Override
  public Optional<ChainTrace> stepper() {
    return Optional.of(trace);
  }

  @Override
  public Optional<StepProver> prover() {
    return Optional.of(prover);
  }

  public ChainTrace chainTrace() {
    return trace;
  }
}
