package io.rampart.node.devnet;

import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.models.optimistic.game.Node;
import java.util.List;
import java.util.Optional;

/** What the embedded L1 answers to the node's RPC methods; read on the L1 thread. */
public final class RollupViews {
  private RollupViews() {}

  /** The result of an L1 transaction the node sent for a user. */
  public sealed interface Outcome {}

  /** Included on L1; {@code l2} is the system transaction it queued on L2, if any. */
  public record Included(Receipt receipt, Optional<L2Tx> l2) implements Outcome {}

  /** Refused before anything changed, with a reason code. */
  public record Refused(String message, String reason) implements Outcome {}

  /** One L1 account the rollup runs with. */
  public record Party(String role, Address address, Wei balance) {}

  /** The L1 as a whole. */
  public record L1Status(
      long blockNumber,
      long timestamp,
      long slotSeconds,
      long genesisWallMillis,
      Address inbox,
      Address bridge,
      Address game,
      Wei bridgeEscrow,
      Wei gameHeld,
      List<Party> parties,
      long batchesPosted,
      long sequencerGas,
      long proposals,
      long disputesOpen,
      long challengeWindow,
      long maxClock,
      long clockExtension,
      long forceDelaySeconds,
      long derivedBlocks,
      long l2Origin) {}

  /** A proposed output root. */
  public record Commitment(
      long index,
      long l2Block,
      long anchorBlock,
      Bytes32 stateRoot,
      Bytes32 withdrawalRoot,
      Bytes32 traceRoot,
      long l1Timestamp,
      long l1Block,
      String status,
      long finalAfter,
      Address proposer,
      long bondGwei,
      long moves,
      boolean forged) {}

  /** A dispute game: its proposal and every node with its clock and bond. */
  public record Game(Commitment commitment, long result, long heldGwei, List<GameNode> nodes) {}

  /** One node of a game, with the last second it can be countered. */
  public record GameNode(Node node, long deadline) {}

  /** Where a withdrawal stands on L1. */
  public record WithdrawalL1(String stage, long proposal, Optional<Bytes32> paidBy) {}
}
