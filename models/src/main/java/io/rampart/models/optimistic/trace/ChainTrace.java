package io.rampart.models.optimistic.trace;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateDiff;
import io.rampart.chain.state.StateOverlay;
import io.rampart.chain.state.StateTrees;
import io.rampart.chain.state.StateView;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Stf;
import io.rampart.chain.stf.TxOutcome;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.models.optimistic.step.StepWitness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The true trace of a derived L2 chain: block-level roots kept as blocks arrive, transaction-level
 * roots and one-step witnesses computed on demand by replaying from genesis (the chain keeps one
 * root per block; per-transaction roots cost a replay and are only needed in a dispute).
 */
public final class ChainTrace implements Trace {
  private final ChainConfig cfg;
  private final Ecdsa ecdsa;
  private final List<L2Block> blocks = new ArrayList<>();
  private final List<Bytes32> blockRoots = new ArrayList<>();
  private final WorldState tip;
  private final AddressTree tipAddresses;
  private final Map<Long, List<Bytes32>> txRoots = new HashMap<>();

  public ChainTrace(ChainConfig cfg, Ecdsa ecdsa) {
    this.cfg = cfg;
    this.ecdsa = ecdsa;
    this.tip = new WorldState(cfg.hasher());
    this.tipAddresses = new AddressTree(cfg.hasher());
    blockRoots.add(TraceRoots.genesis(cfg.hasher()));
  }

  /** Takes in the blocks of {@code chain} beyond those already known (a prefix of it). */
  public void extend(List<L2Block> chain) {
    for (int i = blocks.size(); i < chain.size(); i++) {
      L2Block b = chain.get(i);
      applyBlock(tip, tipAddresses, b);
      blocks.add(b);
      blockRoots.add(TraceRoots.of(cfg.hasher(), tip.root(), tipAddresses.root()));
    }
  }

  public int blockCount() {
    return blocks.size();
  }

  public L2Block block(long number) {
    return blocks.get(Math.toIntExact(number));
  }

  @Override
  public Bytes32 blockRoot(long position) {
    return blockRoots.get(Math.toIntExact(position));
  }

  @Override
  public int txCount(long block) {
    return blocks.get(Math.toIntExact(block)).txs().size();
  }

  @Override
  public Bytes32 txRoot(long block, int position) {
    return txRoots.computeIfAbsent(block, this::computeTxRoots).get(position);
  }

  private void applyBlock(WorldState w, AddressTree at, L2Block b) {
    StateOverlay o = new StateOverlay(w);
    for (L2Tx tx : b.txs()) {
      if (Stf.apply(cfg, o, tx, ecdsa) instanceof TxOutcome.Invalid(var why)) {
        throw new IllegalStateException("derived block " + b.number() + " holds invalid tx " + why);
      }
    }
    int before = w.nextIndex();
    StateDiff d = o.diff();
    w.apply(d);
    recordNew(at, d, before);
  }

  private static void recordNew(AddressTree at, StateDiff d, int before) {
    for (int i = 0; i < d.indices().length; i++) {
      if (d.indices()[i] >= before) {
        at.put(d.accounts()[i].address(), d.indices()[i]);
      }
    }
  }

  /** State after blocks {@code 0..upTo-1}, replayed from genesis. */
  private record Replay(WorldState world, AddressTree addresses) {}

  private Replay replayTo(long upTo) {
    WorldState w = new WorldState(cfg.hasher());
    AddressTree at = new AddressTree(cfg.hasher());
    for (int i = 0; i < upTo; i++) {
      applyBlock(w, at, blocks.get(i));
    }
    return new Replay(w, at);
  }

  private List<Bytes32> computeTxRoots(long block) {
    Replay r = replayTo(block);
    List<Bytes32> roots = new ArrayList<>();
    roots.add(blockRoot(block));
    StateTrees trees = r.world().forkTrees();
    StateOverlay o = new StateOverlay(r.world(), true);
    for (L2Tx tx : block(block).txs()) {
      int before = o.nextIndex();
      Stf.apply(cfg, o, tx, ecdsa);
      StateDiff d = o.takeDiffSinceMark();
      Bytes32 state = trees.apply(d, o.nextIndex());
      recordNew(r.addresses(), d, before);
      roots.add(TraceRoots.of(cfg.hasher(), state, r.addresses().root()));
    }
    return roots;
  }

  /** The transaction at {@code index} of {@code block} and the witness to re-execute it. */
  public record StepInput(L2Tx tx, StepWitness witness) {}

  public StepInput stepInput(long block, int index) {
    Replay r = replayTo(block);
    StateTrees trees = r.world().forkTrees();
    StateOverlay o = new StateOverlay(r.world(), true);
    List<L2Tx> txs = block(block).txs();
    for (int i = 0; i < index; i++) {
      int before = o.nextIndex();
      Stf.apply(cfg, o, txs.get(i), ecdsa);
      StateDiff d = o.takeDiffSinceMark();
      trees.apply(d, o.nextIndex());
      recordNew(r.addresses(), d, before);
    }
    L2Tx tx = txs.get(index);
    Recorder rec = new Recorder(o);
    StateOverlay probe = new StateOverlay(rec);
    Stf.apply(cfg, probe, tx, ecdsa);
    StateDiff d = probe.diff();
    int next = o.nextIndex();
    TreeSet<Integer> slots = new TreeSet<>(rec.accounts);
    for (int idx : d.indices()) {
      slots.add(idx);
    }
    List<StepWitness.AccountProof> accounts = new ArrayList<>();
    for (int idx : slots) {
      Optional<Account> acc = idx < next ? Optional.of(o.account(idx)) : Optional.empty();
      accounts.add(new StepWitness.AccountProof(idx, acc, trees.accountTree().siblings(idx)));
    }
    List<StepWitness.AddressProof> addresses = new ArrayList<>();
    for (Address a : rec.addresses) {
      addresses.add(new StepWitness.AddressProof(a, o.indexOf(a), r.addresses().siblings(a)));
    }
    Optional<StepWitness.WithdrawalSlots> ws = Optional.empty();
    if (rec.withdrawals || !d.withdrawals().isEmpty()) {
      long c = o.withdrawalCount();
      var wt = trees.withdrawalTree();
      ws =
          Optional.of(
              new StepWitness.WithdrawalSlots(
                  c,
                  wt.siblings(c),
                  c == 0 ? Bytes32.ZERO : wt.leaf(c - 1),
                  c == 0 ? List.of() : wt.siblings(c - 1)));
    }
    StepWitness w =
        new StepWitness(
            trees.accountTree().root(),
            next,
            trees.withdrawalTree().root(),
            r.addresses().root(),
            accounts,
            addresses,
            ws);
    return new StepInput(tx, w);
  }

  /** What a proposal of block {@code block} carries. */
  public record Output(
      long block,
      Bytes32 stateRoot,
      Bytes32 accountRoot,
      int nextIndex,
      Bytes32 withdrawalRoot,
      Bytes32 addressRoot,
      Bytes32 traceRoot) {}

  public Output output(long block) {
    // the tip's state is at hand; any earlier block is replayed from genesis
    Replay r = block + 1 == blocks.size() ? new Replay(tip, tipAddresses) : replayTo(block + 1);
    StateTrees t = r.world().trees();
    return new Output(
        block,
        r.world().root(),
        t.accountTree().root(),
        r.world().nextIndex(),
        t.withdrawalTree().root(),
        r.addresses().root(),
        blockRoot(block + 1));
  }

  /** The withdrawal tree path of withdrawal {@code index} in the state after {@code block}. */
  public List<Bytes32> withdrawalProof(long block, long index) {
    return replayTo(block + 1).world().trees().withdrawalTree().siblings(index);
  }

  /** Every withdrawal made up to and including {@code block}. */
  public List<io.rampart.chain.state.Withdrawal> withdrawals(long block) {
    WorldState w = replayTo(block + 1).world();
    List<io.rampart.chain.state.Withdrawal> out = new ArrayList<>();
    for (long i = 0; i < w.withdrawalCount(); i++) {
      out.add(w.withdrawal(i));
    }
    return out;
  }

  /** A forged withdrawal tree: the true one after {@code block} plus one extra leaf. */
  public record Forged(
      Bytes32 withdrawalRoot, io.rampart.chain.state.Withdrawal extra, List<Bytes32> proof) {}

  public Forged forgeWithdrawal(long block, Address owner, long amountGwei) {
    WorldState w = replayTo(block + 1).world();
    StateTrees t = w.forkTrees();
    long idx = w.withdrawalCount();
    var extra = new io.rampart.chain.state.Withdrawal(idx, owner, amountGwei);
    t.withdrawalTree().setAll(new long[] {idx}, cfg.hasher().hash(extra.leafPreimage()).toArray());
    return new Forged(t.withdrawalTree().root(), extra, t.withdrawalTree().siblings(idx));
  }

  public ChainConfig config() {
    return cfg;
  }

  /** Records what the state transition reads. */
  private static final class Recorder implements StateView {
    private final StateView base;
    final TreeSet<Integer> accounts = new TreeSet<>();
    final TreeSet<Address> addresses = new TreeSet<>();
    boolean withdrawals;

    Recorder(StateView base) {
      this.base = base;
    }

    @Override
    public int indexOf(Address address) {
      addresses.add(address);
      return base.indexOf(address);
    }

    @Override
    public Account account(int index) {
      accounts.add(index);
      return base.account(index);
    }

    @Override
    public int nextIndex() {
      return base.nextIndex();
    }

    @Override
    public long withdrawalCount() {
      withdrawals = true;
      return base.withdrawalCount();
    }
  }
}
