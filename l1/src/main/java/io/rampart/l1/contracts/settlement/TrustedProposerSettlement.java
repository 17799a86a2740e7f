package io.rampart.l1.contracts.settlement;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.ContractCall;
import io.rampart.l1.exec.Revert;
import io.rampart.l1.exec.Slots;
import java.util.List;
import java.util.Optional;

/**
 * The simplest security model: one trusted proposer, and a commitment is final once a fixed delay
 * has passed, with no way to challenge it. It is the baseline the real models are compared against,
 * and the settlement the bridge is tested with.
 *
 * <p>Boundary rule: a commitment accepted at L1 time {@code t} is final in blocks whose timestamp
 * is strictly greater than {@code t + delay}; at exactly {@code t + delay} it is still pending.
 *
 * <p>Storage: slot 0 = count; commitment {@code i} at {@code keccak(i ‖ 1) + 0..3} = (l2Block,
 * stateRoot, withdrawalRoot, acceptedAt).
 */
public final class TrustedProposerSettlement implements SettlementContract {
  static final Bytes32 COUNT = Slots.of(0);
  static final Bytes32 COMMITMENTS = Slots.of(1);
  public static final Bytes32 PROPOSED =
      Abi.eventTopic("CommitmentProposed(uint256,uint256,bytes32,bytes32)");

  private final Address address;
  private final Address proposer;
  private final long delaySeconds;

  public TrustedProposerSettlement(Address address, Address proposer, long delaySeconds) {
    this.address = address;
    this.proposer = proposer;
    this.delaySeconds = delaySeconds;
  }

  @Override
  public Address address() {
    return address;
  }

  public long delaySeconds() {
    return delaySeconds;
  }

  @Override
  public void execute(CallContext ctx, ContractCall call) {
    CallContext.require(ctx.value().isZero(), "NOT_PAYABLE");
    if (call instanceof Propose p) {
      propose(ctx, p.commitment());
    } else {
      throw new Revert("UNKNOWN_CALL");
    }
  }

  @Override
  public void propose(CallContext ctx, Commitment c) {
    CallContext.require(ctx.sender().equals(proposer), "NOT_PROPOSER");
    long index = ctx.sloadLong(COUNT);
    ctx.sstoreLong(COUNT, index + 1);
    Bytes32 base = ctx.mappingSlot(COMMITMENTS, CallContext.word(index));
    ctx.sstoreLong(base, c.l2Block());
    ctx.sstore(Slots.offset(base, 1), c.stateRoot());
    ctx.sstore(Slots.offset(base, 2), c.withdrawalRoot());
    ctx.sstoreLong(Slots.offset(base, 3), ctx.timestamp());
    ctx.emit(
        List.of(PROPOSED, CallContext.word(index)),
        Abi.encode(c.l2Block(), c.stateRoot(), c.withdrawalRoot()));
  }

  @Override
  public CommitmentStatus status(CallContext ctx, long index) {
    return read(ctx, index).status();
  }

  @Override
  public Optional<Bytes32> finalWithdrawalRoot(CallContext ctx, long index) {
    return finalityCheck(ctx, index).withdrawalRoot();
  }

  /** One read of the status; the withdrawal root is read (cold) only when final. */
  @Override
  public FinalityCheck finalityCheck(CallContext ctx, long index) {
    Read r = read(ctx, index);
    return r.status() instanceof CommitmentStatus.Final
        ? FinalityCheck.finalWith(ctx.sload(Slots.offset(r.base(), 2)))
        : FinalityCheck.notFinal(r.status());
  }

  /** A commitment's status and its storage base slot (null when unknown). */
  private record Read(CommitmentStatus status, Bytes32 base) {}

  private Read read(CallContext ctx, long index) {
    if (index < 0 || index >= ctx.sloadLong(COUNT)) {
      return new Read(new CommitmentStatus.Unknown(), null);
    }
    Bytes32 base = ctx.mappingSlot(COMMITMENTS, CallContext.word(index));
    long finalAfter = ctx.sloadLong(Slots.offset(base, 3)) + delaySeconds;
    CommitmentStatus s =
        ctx.timestamp() > finalAfter
            ? new CommitmentStatus.Final()
            : new CommitmentStatus.Pending(finalAfter);
    return new Read(s, base);
  }
}
