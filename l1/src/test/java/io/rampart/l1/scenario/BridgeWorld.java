package io.rampart.l1.scenario;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.ReorgPlan;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.bridge.Withdrawal;
import io.rampart.l1.contracts.settlement.Commitment;
import io.rampart.l1.contracts.settlement.SettlementContract;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.merkle.KeccakMerkle;
import io.rampart.l1.node.L1Event;
import io.rampart.l1.node.L1Node;
import io.rampart.world.ActorId;
import io.rampart.world.World;
import io.rampart.world.store.KvStore;
import io.rampart.world.time.SimDuration;
import java.util.ArrayList;
import java.util.List;

/** A world with the L1 node, the test L2 ledger, and conservation checked after every event. */
final class BridgeWorld {
  static final long SETTLEMENT_DELAY = 600;
  static final ActorId CHAOS = ActorId.of("chaos");
  static final ActorId USER = ActorId.of("user");

  final World world;
  final L1TestKit kit;
  final ActorId l1;
  final ActorId ledger;

  BridgeWorld(long seed, L1Config config) {
    world = new World(seed);
    kit = new L1TestKit(config, SETTLEMENT_DELAY);
    l1 = world.spawn("l1", () -> new L1Node(kit.chain));
    ledger =
        world.spawn("ledger", () -> new L2Ledger(ActorId.of("l1"), kit.chain, L1TestKit.BRIDGE));
    ConservationMonitor m = new ConservationMonitor(kit.chain, L1TestKit.BRIDGE, store());
    kit.chain.addListener(m);
    world.addInvariant("conservation", m);
    this.monitorRef = m;
  }

  private final ConservationMonitor monitorRef;

  ConservationMonitor monitor() {
    return monitorRef;
  }

  KvStore store() {
    return world.storeOf(ledger);
  }

  L2Ledger ledgerActor() {
    return world.actor(ledger, L2Ledger.class).orElseThrow();
  }

  void runSlots(int n) {
    world.runFor(kit.chain.config().slot().times(n));
  }

  void settle() {
    world.runFor(SimDuration.ofMillis(1));
  }

  Bytes32 deposit(Address from, Address l2To, long gwei) {
    TxRequest req =
        TxRequest.call(from, L1TestKit.BRIDGE, new Bridge.Deposit(l2To), 100_000)
            .withValue(Wei.ofGwei(gwei));
    return ((SubmitResult.Accepted) kit.chain.submit(req)).tx().hash();
  }

  void withdraw(Address account, Address recipient, long gwei) {
    world.inject(USER, ledger, new L2Ledger.Withdraw(account, recipient, gwei));
  }

  void reorg(int depth, ReorgPlan plan) {
    world.inject(CHAOS, l1, new L1Event.ReorgRequest(depth, plan));
  }

  /** Proposes the ledger's current withdrawal tree; returns the commitment index. */
  long proposeWithdrawals() {
    List<byte[]> leaves = new ArrayList<>();
    for (Withdrawal w : L2Ledger.withdrawals(store())) {
      leaves.add(w.leafData());
    }
    long index = proposals++;
    kit.chain.submit(
        TxRequest.call(
            L1TestKit.PROPOSER,
            L1TestKit.SETTLEMENT,
            new SettlementContract.Propose(
                new Commitment(index, Bytes32.ZERO, KeccakMerkle.root(leaves))),
            300_000));
    committed.add(leaves);
    return index;
  }

  private long proposals;
  private final List<List<byte[]>> committed = new ArrayList<>();

  /** Submits finalization of every withdrawal of commitment {@code index}, relayed by Alice. */
  void finalizeAll(long index) {
    List<byte[]> leaves = committed.get((int) index);
    List<Withdrawal> ws = L2Ledger.withdrawals(store());
    for (int i = 0; i < leaves.size(); i++) {
      kit.chain.submit(
          TxRequest.call(
              L1TestKit.ALICE,
              L1TestKit.BRIDGE,
              new Bridge.FinalizeWithdrawal(index, ws.get(i), i, KeccakMerkle.proof(leaves, i)),
              300_000));
    }
  }
}
