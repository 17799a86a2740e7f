package io.rampart.models.optimistic.game;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.step.StepWitness;
import java.util.List;

/** The calls of the {@link DisputeGame} contract, with their ABI encodings. */
public final class GameCalls {
  private GameCalls() {}

  static byte[] pack(List<Bytes32> words) {
    byte[] out = new byte[32 * words.size()];
    for (int i = 0; i < words.size(); i++) {
      words.get(i).copyTo(out, 32 * i);
    }
    return out;
  }

  /**
   * Proposes the output of {@code l2Block}, anchored on final proposal {@code anchor} (-1: the
   * genesis state). Payable: the depth-0 bond.
   */
  public record ProposeOutput(
      long l2Block,
      Bytes32 stateRoot,
      Bytes32 withdrawalRoot,
      Bytes32 accountRoot,
      int nextIndex,
      Bytes32 addressRoot,
      long anchor)
      implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall(
          "proposeOutput(uint256,bytes32,bytes32,bytes32,uint256,bytes32,int256)",
          l2Block,
          stateRoot,
          withdrawalRoot,
          accountRoot,
          (long) nextIndex,
          addressRoot,
          anchor + 1);
    }

    @Override
    public String describe() {
      return "ProposeOutput(block " + l2Block + ", state " + stateRoot + ")";
    }
  }

  /** Counters claim {@code target} with the roots at its interior dissection points. */
  public record Dissect(long proposal, long target, List<Bytes32> roots) implements ContractCall {
    public Dissect {
      roots = List.copyOf(roots);
    }

    @Override
    public byte[] calldata() {
      return Abi.encodeCall("dissect(uint256,uint256,bytes)", proposal, target, pack(roots));
    }

    @Override
    public String describe() {
      return "Dissect(" + proposal + "/" + target + ", " + roots.size() + " roots)";
    }
  }

  /** Counters dissection {@code target}: part {@code part} (1-based) ends at {@code root}. */
  public record Select(long proposal, long target, int part, Bytes32 root) implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall(
          "select(uint256,uint256,uint256,bytes32)", proposal, target, (long) part, root);
    }

    @Override
    public String describe() {
      return "Select(" + proposal + "/" + target + ", part " + part + ")";
    }
  }

  /**
   * Counters a one-step claim by re-executing its transaction: where the transaction comes from
   * ({@link InputProof}: the posted batch bytes with the transfer's place in them, a deposit or a
   * forced transaction; for an empty block, the batch bytes that show it empty) and the pre-state
   * witness ({@code null} for an empty block).
   */
  public record Step(long proposal, long target, InputProof input, StepWitness witness)
      implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall(
          "step(uint256,uint256,bytes,bytes)",
          proposal,
          target,
          input == null ? new byte[0] : input.encode(),
          witness == null ? new byte[0] : witness.encode());
    }

    @Override
    public String describe() {
      return "Step(" + proposal + "/" + target + ")";
    }
  }

  /** Resolves node {@code node} once it can no longer be countered and its children are. */
  public record Resolve(long proposal, long node) implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall("resolve(uint256,uint256)", proposal, node);
    }

    @Override
    public String describe() {
      return "Resolve(" + proposal + "/" + node + ")";
    }
  }
}
