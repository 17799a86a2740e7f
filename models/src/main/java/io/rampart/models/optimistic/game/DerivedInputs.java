package io.rampart.models.optimistic.game;

import io.rampart.l1.core.Address;
import io.rampart.models.optimistic.l2.DerivedChain;
import java.util.Optional;

/**
 * {@link BlockInputs} computed by running derivation over the canonical L1 blocks up to the head.
 * This plays the part of a dispute over derivation (see docs/optimistic.md, "What the contract
 * trusts"): the schedule depends on L1 data only, and the transactions it points at are checked by
 * the contract against the inbox's and bridge's storage.
 */
public final class DerivedInputs implements BlockInputs {
  private final InputSchedule schedule;

  public DerivedInputs(DerivedChain chain) {
    this(new InputSchedule(chain));
  }

  /** Over a schedule that an honest party may share: it is a function of L1 data alone. */
  public DerivedInputs(InputSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public long blockCount() {
    schedule.refresh();
    return schedule.blockCount();
  }

  @Override
  public Optional<Source> block(long block) {
    schedule.refresh();
    return schedule.source(block);
  }

  @Override
  public Address inbox() {
    return schedule.chain().reader().inbox();
  }

  @Override
  public Address bridge() {
    return schedule.chain().reader().bridge();
  }
}
