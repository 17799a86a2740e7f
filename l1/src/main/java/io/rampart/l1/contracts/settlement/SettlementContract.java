package io.rampart.l1.contracts.settlement;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.ContractCall;
import java.util.Optional;

/**
 * What every security model implements on L1: accept a state commitment, say when it is final, and
 * give the withdrawal root of a final commitment. The bridge asks it through a nested call, so the
 * model's storage reads are charged to the withdrawing transaction.
 */
public interface SettlementContract extends Contract {

  /** Handles a proposal (called from {@link #execute} on a {@link Propose} call). */
  void propose(CallContext ctx, Commitment commitment);

  CommitmentStatus status(CallContext ctx, long index);

  /** The withdrawal root of commitment {@code index} if it is final, else empty. */
  Optional<Bytes32> finalWithdrawalRoot(CallContext ctx, long index);

  /**
   * The status of commitment {@code index} and, when final, its withdrawal root: what the bridge
   * asks before paying. The default asks {@link #status} and then {@link #finalWithdrawalRoot},
   * which reads the status twice (and charges it twice); a model should override it with one read.
   */
  default FinalityCheck finalityCheck(CallContext ctx, long index) {
    CommitmentStatus s = status(ctx, index);
    return s instanceof CommitmentStatus.Final
        ? FinalityCheck.finalWith(finalWithdrawalRoot(ctx, index).orElseThrow())
        : FinalityCheck.notFinal(s);
  }

  /** The call every model accepts: {@code propose(uint256,bytes32,bytes32)}. */
  record Propose(Commitment commitment) implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall(
          "propose(uint256,bytes32,bytes32)",
          commitment.l2Block(),
          commitment.stateRoot(),
          commitment.withdrawalRoot());
    }
  }
}
