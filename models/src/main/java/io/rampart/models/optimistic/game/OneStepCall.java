package io.rampart.models.optimistic.game;

import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.batch.Materializer;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateView;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.hash.Hasher;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Revert;
import io.rampart.models.optimistic.step.MeteredHasher;
import io.rampart.models.optimistic.step.OneStep;

/**
 * The dispute contract's {@code step}: checks the input proof ({@link InputCheck}), rebuilds the
 * transaction (a batch transfer against the witnessed accounts, as derivation does) and re-executes
 * it ({@link OneStep}), all on the call's gas meter. Reverts on any failure; returns the post root.
 */
final class OneStepCall {
  private OneStepCall() {}

  static Bytes32 postRoot(
      CallContext ctx,
      ChainConfig chain,
      Ecdsa ecdsa,
      BlockInputs inputs,
      Node c,
      GameCalls.Step s) {
    CallContext.require(s.input() != null, "NO_INPUT_PROOF");
    ctx.gas().charge(DisputeGame.INPUT_READ_GAS);
    if (c.level() == Node.Level.BLOCK) {
      BlockInputs.Source src =
          inputs.block(c.hi() - 1).orElseThrow(() -> new Revert("BLOCK_NOT_DERIVED"));
      InputCheck.emptyBlock(ctx, chain.chainId(), inputs, src, s.input());
      return c.startRoot();
    }
    BlockInputs.Source src =
        inputs.block(c.block()).orElseThrow(() -> new Revert("BLOCK_NOT_DERIVED"));
    InputCheck.Input in =
        InputCheck.atPosition(ctx, chain.chainId(), inputs, src, c.lo(), s.input());
    CallContext.require(s.witness() != null, "NO_WITNESS");
    OneStep.TxSource source =
        switch (in) {
          case InputCheck.Input.System(L2Tx.Deposit d) -> pre -> new OneStep.Built.Ready(d);
          case InputCheck.Input.System(L2Tx tx) -> {
            ctx.chargeEcrecover();
            yield pre -> new OneStep.Built.Ready(tx);
          }
          case InputCheck.Input.Transfer t -> pre -> rebuild(ctx, chain, ecdsa, pre, t);
        };
    Hasher h = new MeteredHasher(ctx);
    return switch (OneStep.execute(chain, ecdsa, h, c.startRoot(), source, s.witness())) {
      case OneStep.Result.Bad(String why) -> throw new Revert("BAD_STEP: " + why);
      case OneStep.Result.Post(Bytes32 r) -> r;
    };
  }

  /** Derivation's rebuild of a batch transfer, from the witnessed sender and recipient. */
  private static OneStep.Built rebuild(
      CallContext ctx, ChainConfig chain, Ecdsa ecdsa, StateView pre, InputCheck.Input.Transfer t) {
    CompactTx c = t.tx();
    if (c.fromIndex() < 0 || c.fromIndex() >= pre.nextIndex()) {
      return new OneStep.Built.Refused("sender index " + c.fromIndex() + " does not exist");
    }
    Account sender = pre.account(c.fromIndex());
    Address to;
    switch (c.to()) {
      case CompactTx.Recipient.Index(int i) -> {
        if (i < 0 || i >= pre.nextIndex()) {
          return new OneStep.Built.Refused("recipient index " + i + " does not exist");
        }
        to = pre.account(i).address();
      }
      case CompactTx.Recipient.Literal(Address a) -> to = a;
      case CompactTx.Recipient.Withdrawal w -> to = ChainConfig.WITHDRAWAL_ADDRESS;
    }
    ctx.chargeEcrecover();
    Checked checked =
        Materializer.rebuild(chain, c, t.template(), sender.address(), sender.nonce(), to, ecdsa);
    return switch (checked) {
      case Checked.Refused(var r) -> new OneStep.Built.Refused(r.message());
      case Checked.Ok(L2Tx.UserTx u) -> {
        ctx.keccak(u.signed().encoded());
        yield new OneStep.Built.Ready(u);
      }
    };
  }
}
