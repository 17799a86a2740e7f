package io.rampart.l1.contracts.bridge;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.contracts.settlement.CommitmentStatus;
import io.rampart.l1.contracts.settlement.FinalityCheck;
import io.rampart.l1.contracts.settlement.SettlementContract;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.ContractCall;
import io.rampart.l1.exec.Log;
import io.rampart.l1.exec.Revert;
import io.rampart.l1.exec.Slots;
import java.util.List;
import java.util.Optional;

/**
 * The ETH bridge. Deposits are escrowed here and announced as {@code DepositInitiated} logs, which
 * the L2 derives into deposit messages. Withdrawals are paid from escrow against the withdrawal
 * root of a final commitment of the settlement contract, with a Merkle proof; each withdrawal leaf
 * is paid at most once.
 *
 * <p>Amounts cross the bridge in whole gwei (the L2's unit). Storage: slot 0 = deposit count; slot
 * {@code keccak(id ‖ 2)} = {@link #depositHash} of deposit {@code id} (so a contract can later
 * check a deposit's content, as the dispute game's one-step proof does); slot {@code
 * keccak(leafHash ‖ 1)} = 1 once a withdrawal is paid, where {@code leafHash} is the verifier's
 * leaf hash (computed once per withdrawal and passed to the verifier).
 */
public final class Bridge implements Contract {
  static final Bytes32 DEPOSIT_COUNT = Slots.of(0);
  static final Bytes32 PAID = Slots.of(1);
  static final Bytes32 DEPOSITS = Slots.of(2);
  public static final Bytes32 DEPOSIT_INITIATED =
      Abi.eventTopic("DepositInitiated(uint256,address,address,uint256)");
  public static final Bytes32 WITHDRAWAL_FINALIZED =
      Abi.eventTopic("WithdrawalFinalized(uint256,address,uint256)");

  private final Address address;
  private final SettlementContract settlement;
  private final WithdrawalProofVerifier verifier;

  public Bridge(Address address, SettlementContract settlement, WithdrawalProofVerifier verifier) {
    this.address = address;
    this.settlement = settlement;
    this.verifier = verifier;
  }

  @Override
  public Address address() {
    return address;
  }

  /** {@code deposit(address l2Recipient)}, payable. */
  public record Deposit(Address l2Recipient) implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall("deposit(address)", l2Recipient);
    }
  }

  /** {@code finalizeWithdrawal(uint256,uint256,address,uint256,uint256,bytes)}. */
  public record FinalizeWithdrawal(
      long commitmentIndex, Withdrawal withdrawal, long leafIndex, List<Bytes32> proof)
      implements ContractCall {
    public FinalizeWithdrawal {
      proof = List.copyOf(proof);
    }

    @Override
    public byte[] calldata() {
      byte[] packed = new byte[32 * proof.size()];
      for (int i = 0; i < proof.size(); i++) {
        proof.get(i).copyTo(packed, 32 * i);
      }
      return Abi.encodeCall(
          "finalizeWithdrawal(uint256,uint256,address,uint256,uint256,bytes)",
          commitmentIndex,
          withdrawal.id(),
          withdrawal.recipient(),
          withdrawal.amountGwei(),
          leafIndex,
          packed);
    }
  }

  /** A deposit as its log announces it. */
  public record DepositEvent(long id, Address from, Address l2Recipient, long amountGwei) {

    /** Decodes a {@code DepositInitiated} log, or empty for any other log. */
    public static Optional<DepositEvent> from(Log log, Address bridge) {
      if (!log.address().equals(bridge) || !log.topic0().equals(DEPOSIT_INITIATED)) {
        return Optional.empty();
      }
      byte[] d = log.data();
      return Optional.of(
          new DepositEvent(
              CallContext.toLong(log.topics().get(1)),
              Abi.readAddress(d, 0),
              Abi.readAddress(d, 1),
              Abi.readUint(d, 2)));
    }
  }

  @Override
  public void execute(CallContext ctx, ContractCall call) {
    switch (call) {
      case Deposit d -> deposit(ctx, d);
      case FinalizeWithdrawal w -> finalizeWithdrawal(ctx, w);
      default -> throw new Revert(BridgeRejection.UNKNOWN_CALL.name());
    }
  }

  private void deposit(CallContext ctx, Deposit d) {
    Wei value = ctx.value();
    if (value.isZero()) {
      throw new Revert(BridgeRejection.ZERO_DEPOSIT.name());
    }
    if (!value.isWholeGwei()) {
      throw new Revert(BridgeRejection.NOT_WHOLE_GWEI.name());
    }
    long id = ctx.sloadLong(DEPOSIT_COUNT);
    ctx.sstoreLong(DEPOSIT_COUNT, id + 1);
    Bytes32 record = ctx.keccak(Abi.encode(d.l2Recipient(), value.toGwei(), ctx.blockNumber()));
    ctx.sstore(ctx.mappingSlot(DEPOSITS, CallContext.word(id)), record);
    ctx.emit(
        List.of(DEPOSIT_INITIATED, CallContext.word(id)),
        Abi.encode(ctx.sender(), d.l2Recipient(), value.toGwei()));
  }

  /** The record stored for a deposit: keccak(abi(l2Recipient, amountGwei, l1Block)). */
  public static Bytes32 depositHash(Address l2Recipient, long amountGwei, long l1Block) {
    return Keccak256.digest(Abi.encode(l2Recipient, amountGwei, l1Block));
  }

  /** The record of deposit {@code id} ({@code ctx} nested at the bridge), or empty if none. */
  public static Optional<Bytes32> depositRecord(CallContext bridgeCtx, long id) {
    if (id < 0 || id >= bridgeCtx.sloadLong(DEPOSIT_COUNT)) {
      return Optional.empty();
    }
    return Optional.of(bridgeCtx.sload(bridgeCtx.mappingSlot(DEPOSITS, CallContext.word(id))));
  }

  private void finalizeWithdrawal(CallContext ctx, FinalizeWithdrawal w) {
    if (!ctx.value().isZero()) {
      throw new Revert(BridgeRejection.NOT_PAYABLE.name());
    }
    FinalityCheck check = settlement.finalityCheck(ctx.nested(settlement), w.commitmentIndex());
    switch (check.status()) {
      case CommitmentStatus.Unknown u ->
          throw new Revert(BridgeRejection.UNKNOWN_COMMITMENT.name());
      case CommitmentStatus.Pending p ->
          throw new Revert(BridgeRejection.COMMITMENT_NOT_FINAL.name());
      case CommitmentStatus.Rejected r ->
          throw new Revert(BridgeRejection.COMMITMENT_REJECTED.name());
      case CommitmentStatus.Final f -> {}
    }
    Bytes32 root = check.withdrawalRoot().orElseThrow();
    if (root.equals(Bytes32.ZERO)) {
      throw new Revert(BridgeRejection.ZERO_WITHDRAWAL_ROOT.name());
    }
    Bytes32 leaf = verifier.leafHash(ctx, w.withdrawal().leafData());
    Bytes32 paidSlot = ctx.mappingSlot(PAID, leaf);
    if (!ctx.sload(paidSlot).equals(Bytes32.ZERO)) {
      throw new Revert(BridgeRejection.ALREADY_WITHDRAWN.name());
    }
    if (!verifier.verify(ctx, root, leaf, w.leafIndex(), w.proof())) {
      throw new Revert(BridgeRejection.INVALID_PROOF.name());
    }
    ctx.sstoreLong(paidSlot, 1);
    Withdrawal wd = w.withdrawal();
    ctx.transfer(wd.recipient(), Wei.ofGwei(wd.amountGwei()));
    ctx.emit(
        List.of(WITHDRAWAL_FINALIZED, CallContext.word(wd.id())),
        Abi.encode(wd.recipient(), wd.amountGwei()));
  }
}
