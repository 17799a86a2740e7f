package io.rampart.models.optimistic.step;

import io.rampart.chain.state.Account;
import io.rampart.chain.state.MerkleTree32;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.state.StateRoots;
import io.rampart.chain.state.StateView;
import io.rampart.chain.state.Withdrawal;
import io.rampart.chain.stf.Stf;
import io.rampart.chain.stf.TxOutcome;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.hash.Hasher;
import io.rampart.models.optimistic.trace.AddressTree;
import io.rampart.models.optimistic.trace.TraceRoots;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Executes one L2 transaction the way the L1 contract does: against a {@link StepWitness} checked
 * against the pre-state trace root, with the chain's own state transition ({@link Stf}), then
 * recomputes the post-state trace root from the witness paths. Every hash goes through the given
 * hasher, so with a {@link MeteredHasher} the whole step is gas-metered.
 */
public final class OneStep {
  private OneStep() {}

  /** The outcome of re-executing one transaction. */
  public sealed interface Result {
    /** The trace root after the transaction. */
    record Post(Bytes32 traceRoot) implements Result {}

    /** The proof is unusable: the witness does not match, misses a path, or the tx is invalid. */
    record Bad(String reason) implements Result {}
  }

  private static final class MissingWitness extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingWitness(String what) {
      super(what, null, false, false);
    }
  }

  /**
   * Builds the transaction from the pre-state the witness proves: a batch transfer names its
   * accounts by index and leaves out its nonce, so it is rebuilt only once the witness is checked.
   * Reading an account or address the witness lacks makes the step {@code MISSING_WITNESS}.
   */
  @FunctionalInterface
  public interface TxSource {
    Built build(StateView pre);
  }

  /** A transaction built by a {@link TxSource}, or why it cannot be. */
  public sealed interface Built {
    record Ready(L2Tx tx) implements Built {}

    record Refused(String reason) implements Built {}
  }

  public static Result execute(
      ChainConfig cfg, Ecdsa ecdsa, Hasher h, Bytes32 preTraceRoot, L2Tx tx, StepWitness w) {
    return execute(cfg, ecdsa, h, preTraceRoot, pre -> new Built.Ready(tx), w);
  }

  public static Result execute(
      ChainConfig cfg,
      Ecdsa ecdsa,
      Hasher h,
      Bytes32 preTraceRoot,
      TxSource source,
      StepWitness w) {
    Bytes32 preState = StateRoots.stateRoot(h, w.accountRoot(), w.nextIndex(), w.withdrawalRoot());
    if (!TraceRoots.of(h, preState, w.addressRoot()).equals(preTraceRoot)) {
      return new Result.Bad("WITNESS_ROOT_MISMATCH");
    }
    PartialTree accounts = new PartialTree(MerkleTree32.DEPTH, h, w.accountRoot());
    Map<Integer, Account> accountAt = new HashMap<>();
    for (StepWitness.AccountProof p : w.accounts()) {
      boolean present = p.account().isPresent();
      if (p.index() < 0 || present != (p.index() < w.nextIndex())) {
        return new Result.Bad("BAD_ACCOUNT_SLOT");
      }
      Bytes32 leaf = present ? h.hash(p.account().get().leafPreimage()) : Bytes32.ZERO;
      if (!accounts.addPath(BigInteger.valueOf(p.index()), leaf, p.siblings())) {
        return new Result.Bad("BAD_ACCOUNT_PATH");
      }
      p.account().ifPresent(a -> accountAt.put(p.index(), a));
    }
    PartialTree addresses = new PartialTree(AddressTree.DEPTH, h, w.addressRoot());
    Map<Address, Integer> indexOf = new HashMap<>();
    for (StepWitness.AddressProof p : w.addresses()) {
      Bytes32 leaf = p.index() >= 0 ? AddressTree.leaf(h, p.index()) : Bytes32.ZERO;
      if (p.index() >= w.nextIndex()
          || !addresses.addPath(AddressTree.key(p.address()), leaf, p.siblings())) {
        return new Result.Bad("BAD_ADDRESS_PATH");
      }
      indexOf.put(p.address(), p.index());
    }
    PartialTree withdrawals = new PartialTree(MerkleTree32.DEPTH, h, w.withdrawalRoot());
    if (w.withdrawals().isPresent()) {
      StepWitness.WithdrawalSlots ws = w.withdrawals().get();
      boolean ok =
          ws.count() >= 0
              && withdrawals.addPath(
                  BigInteger.valueOf(ws.count()), Bytes32.ZERO, ws.freeSiblings())
              && (ws.count() == 0
                  || (!ws.lastLeaf().equals(Bytes32.ZERO)
                      && withdrawals.addPath(
                          BigInteger.valueOf(ws.count() - 1), ws.lastLeaf(), ws.lastSiblings())));
      if (!ok) {
        return new Result.Bad("BAD_WITHDRAWAL_PATH");
      }
    }
    StateView view = witnessView(w, accountAt, indexOf);
    StateOverlay overlay = new StateOverlay(view);
    StateDiff diff;
    try {
      L2Tx tx;
      switch (source.build(view)) {
        case Built.Refused(String why) -> {
          return new Result.Bad("INVALID_TX: " + why);
        }
        case Built.Ready(L2Tx ready) -> tx = ready;
      }
      if (Stf.apply(cfg, overlay, tx, ecdsa) instanceof TxOutcome.Invalid(var why)) {
        return new Result.Bad("INVALID_TX: " + why.reason());
      }
      diff = overlay.diff();
    } catch (MissingWitness e) {
      return new Result.Bad("MISSING_WITNESS: " + e.getMessage());
    }
    for (int i = 0; i < diff.indices().length; i++) {
      int idx = diff.indices()[i];
      Account a = diff.accounts()[i];
      if (!accounts.set(BigInteger.valueOf(idx), h.hash(a.leafPreimage()))) {
        return new Result.Bad("MISSING_WITNESS: account slot " + idx);
      }
      if (idx >= w.nextIndex()
          && !addresses.set(AddressTree.key(a.address()), AddressTree.leaf(h, idx))) {
        return new Result.Bad("MISSING_WITNESS: address " + a.address());
      }
    }
    for (Withdrawal wd : diff.withdrawals()) {
      if (!withdrawals.set(BigInteger.valueOf(wd.index()), h.hash(wd.leafPreimage()))) {
        return new Result.Bad("MISSING_WITNESS: withdrawal slot " + wd.index());
      }
    }
    Bytes32 postState =
        StateRoots.stateRoot(h, accounts.root(), overlay.nextIndex(), withdrawals.root());
    return new Result.Post(TraceRoots.of(h, postState, addresses.root()));
  }

  private static StateView witnessView(
      StepWitness w, Map<Integer, Account> accountAt, Map<Address, Integer> indexOf) {
    return new StateView() {
      @Override
      public int indexOf(Address address) {
        Integer i = indexOf.get(address);
        if (i == null) {
          throw new MissingWitness("address " + address);
        }
        return i;
      }

      @Override
      public Account account(int index) {
        Account a = accountAt.get(index);
        if (a == null) {
          throw new MissingWitness("account " + index);
        }
        return a;
      }

      @Override
      public int nextIndex() {
        return w.nextIndex();
      }

      @Override
      public long withdrawalCount() {
        return w.withdrawals()
            .map(StepWitness.WithdrawalSlots::count)
            .orElseThrow(() -> new MissingWitness("withdrawal count"));
      }
    };
  }

  /** Convenience for callers that only need the root: empty when the proof is bad. */
  public static Optional<Bytes32> postRoot(
      ChainConfig cfg, Ecdsa ecdsa, Hasher h, Bytes32 pre, L2Tx tx, StepWitness w) {
    return execute(cfg, ecdsa, h, pre, tx, w) instanceof Result.Post(Bytes32 r)
        ? Optional.of(r)
        : Optional.empty();
  }
}
