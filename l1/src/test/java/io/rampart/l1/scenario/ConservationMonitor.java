package io.rampart.l1.scenario;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ChainListener;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.Log;
import io.rampart.world.Invariant;
import io.rampart.world.store.KvStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conservation, checked after every world event: the bridge escrow at the L1 block the ledger has
 * derived up to equals the L2 supply plus withdrawals in flight (burned on L2, not yet paid on L1
 * as of that block). No withdrawal is paid twice on one branch. Escrow and payments are recorded
 * per block hash, orphaned blocks included, so the check holds exactly even while a reorg is being
 * processed. Also checks the L1's own ether supply.
 */
final class ConservationMonitor implements ChainListener, Invariant {
  private final L1Chain chain;
  private final Address bridge;
  private final KvStore ledger;
  private final Map<Bytes32, Long> escrowAt = new HashMap<>();
  private final Map<Bytes32, Long> paidAt = new HashMap<>();
  private final Map<Long, List<long[]>> payments = new HashMap<>();
  private final Map<Long, List<Bytes32>> paymentHashes = new HashMap<>();
  private String doublePayment;
  long checks;

  ConservationMonitor(L1Chain chain, Address bridge, KvStore ledgerStore) {
    this.chain = chain;
    this.bridge = bridge;
    this.ledger = ledgerStore;
    Bytes32 genesis = chain.blockHash(0).orElseThrow();
    escrowAt.put(genesis, chain.balance(bridge).toGwei());
    paidAt.put(genesis, 0L);
  }

  @Override
  public void onBlock(Block block) {
    long paid = paidAt.get(block.parentHash());
    for (Log log : block.logs()) {
      if (log.address().equals(bridge) && log.topic0().equals(Bridge.WITHDRAWAL_FINALIZED)) {
        paid += io.rampart.l1.abi.Abi.readUint(log.data(), 1);
        notePayment(io.rampart.l1.exec.CallContext.toLong(log.topics().get(1)), block);
      }
    }
    paidAt.put(block.hash(), paid);
    escrowAt.put(block.hash(), chain.balance(bridge).toGwei());
  }

  /** A withdrawal id paid in {@code block} must not already be paid in one of its ancestors. */
  private void notePayment(long id, Block block) {
    List<Bytes32> hashes = paymentHashes.computeIfAbsent(id, k -> new java.util.ArrayList<>());
    List<long[]> numbers = payments.computeIfAbsent(id, k -> new java.util.ArrayList<>());
    for (int i = 0; i < hashes.size(); i++) {
      long n = numbers.get(i)[0];
      if (n < block.number() && chain.blockHash(n).orElseThrow().equals(hashes.get(i))) {
        doublePayment =
            "withdrawal " + id + " paid in block " + n + " and again in " + block.number();
      }
    }
    hashes.add(block.hash());
    numbers.add(new long[] {block.number()});
  }

  @Override
  public void onRollback(long forkPoint, List<Block> orphaned) {}

  @Override
  public void onFinalized(long number) {}

  @Override
  public Optional<String> check() {
    checks++;
    if (!chain.state().totalSupply().equals(chain.minted())) {
      return Optional.of("L1 ether supply changed: " + chain.state().totalSupply());
    }
    if (doublePayment != null) {
      return Optional.of(doublePayment);
    }
    Bytes32 at = L2Ledger.cursorHash(ledger, chain);
    Long escrow = escrowAt.get(at);
    if (escrow == null) {
      return Optional.of("ledger is at an unknown L1 block " + at);
    }
    long supply = L2Ledger.supply(ledger);
    long inFlight = L2Ledger.withdrawn(ledger) - paidAt.get(at);
    if (inFlight < 0) {
      return Optional.of("L1 paid " + (-inFlight) + " gwei more than the L2 withdrew");
    }
    if (escrow != supply + inFlight) {
      return Optional.of(
          "escrow " + escrow + " != L2 supply " + supply + " + withdrawals in flight " + inFlight);
    }
    return Optional.empty();
  }
}
