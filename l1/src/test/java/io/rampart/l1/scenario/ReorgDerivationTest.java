package io.rampart.l1.scenario;

import static io.rampart.l1.L1TestKit.ALICE;
import static io.rampart.l1.L1TestKit.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ReorgPlan;
import io.rampart.l1.chain.ReorgResult;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.node.L1Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * L1 reorgs at depth 1, 2 and the finality depth (64): the ledger, which derived deposits from the
 * orphaned blocks, rolls back and re-derives; a deposit removed by the reorg is credited once when
 * it is re-included, never twice, and not at all if it is gone for good. Conservation is checked
 * after every event throughout.
 */
class ReorgDerivationTest {
  private static final int SLOTS = 70;

  /** A world where every slot Alice or Bob deposits a distinct amount (slot number × 1000 gwei). */
  private static BridgeWorld busyWorld(Map<Address, Long> expected) {
    BridgeWorld w = new BridgeWorld(11, L1Config.defaults());
    for (int slot = 1; slot <= SLOTS; slot++) {
      Address who = slot % 2 == 0 ? ALICE : BOB;
      w.deposit(who, who, slot * 1_000L);
      expected.merge(who, slot * 1_000L, Long::sum);
      w.runSlots(1);
    }
    w.settle();
    assertThat(L2Ledger.cursor(w.store())).isEqualTo(SLOTS);
    return w;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 64})
  void droppedDepositIsRederivedOnceAfterTheReorg(int depth) {
    Map<Address, Long> expected = new HashMap<>();
    BridgeWorld w = busyWorld(expected);
    long firstOrphan = SLOTS - depth + 1;
    Block victimBlock = w.kit.chain.block(firstOrphan).orElseThrow();
    Bytes32 victim = victimBlock.transactions().getFirst().hash();
    Bytes32 oldHead = w.kit.chain.head().hash();
    int rollbacksBefore = w.ledgerActor().rollbacks;

    w.reorg(depth, ReorgPlan.dropping(Set.of(victim)));
    w.settle();

    L1Node node = w.world.actor(w.l1, L1Node.class).orElseThrow();
    assertThat(node.lastReorg()).isInstanceOf(ReorgResult.Reorged.class);
    assertThat(w.kit.chain.head().hash()).isNotEqualTo(oldHead);
    assertThat(w.kit.chain.head().number()).isEqualTo(SLOTS);
    assertThat(w.kit.chain.receipt(victim)).isEmpty();
    assertThat(w.ledgerActor().rollbacks).isGreaterThan(rollbacksBefore);
    assertThat(L2Ledger.cursorHash(w.store(), w.kit.chain)).isEqualTo(w.kit.chain.head().hash());
    // The victim's sender has a nonce gap now: its later deposits wait in the pool too.
    Address victimOwner = victimBlock.transactions().getFirst().from();
    Address other = victimOwner.equals(ALICE) ? BOB : ALICE;
    long ownerBeforeFork = 0;
    for (long slot = 1; slot < firstOrphan; slot++) {
      if ((slot % 2 == 0 ? ALICE : BOB).equals(victimOwner)) {
        ownerBeforeFork += slot * 1_000L;
      }
    }
    assertThat(L2Ledger.balance(w.store(), victimOwner)).isEqualTo(ownerBeforeFork);
    assertThat(L2Ledger.balance(w.store(), other)).isEqualTo(expected.get(other));

    w.runSlots(1); // the dropped deposit is back in the pool and lands in the next block
    w.settle();
    assertThat(w.kit.chain.receipt(victim).orElseThrow().blockNumber()).isEqualTo(SLOTS + 1);
    assertThat(L2Ledger.balance(w.store(), ALICE)).isEqualTo(expected.get(ALICE));
    assertThat(L2Ledger.balance(w.store(), BOB)).isEqualTo(expected.get(BOB));
    assertThat(w.monitor().checks).isGreaterThan(SLOTS);
  }

  @Test
  void discardedDepositIsNeverCredited() {
    Map<Address, Long> expected = new HashMap<>();
    BridgeWorld w = busyWorld(expected);
    Block last = w.kit.chain.head();
    Bytes32 victim = last.transactions().getFirst().hash();
    Address owner = last.transactions().getFirst().from();
    w.reorg(2, ReorgPlan.discarding(Set.of(victim)));
    w.runSlots(3);
    assertThat(w.kit.chain.receipt(victim)).isEmpty();
    assertThat(L2Ledger.balance(w.store(), owner)).isEqualTo(expected.get(owner) - SLOTS * 1_000L);
  }

  @Test
  void reorgBeyondFinalityIsRefusedAndNothingRollsBack() {
    BridgeWorld w = busyWorld(new HashMap<>());
    Bytes32 head = w.kit.chain.head().hash();
    w.reorg(65, ReorgPlan.sameTransactions());
    w.settle();
    L1Node node = w.world.actor(w.l1, L1Node.class).orElseThrow();
    assertThat(node.lastReorg()).isInstanceOf(ReorgResult.Refused.class);
    assertThat(((ReorgResult.Refused) node.lastReorg()).reason()).contains("exceeds");
    assertThat(w.kit.chain.head().hash()).isEqualTo(head);
    assertThat(w.ledgerActor().rollbacks).isZero();
  }

  @Test
  void shuffledReorgKeepsEveryDepositExactlyOnce() {
    Map<Address, Long> expected = new HashMap<>();
    BridgeWorld w = busyWorld(expected);
    w.reorg(5, ReorgPlan.sameTransactions().shuffled(99));
    w.runSlots(2);
    assertThat(L2Ledger.balance(w.store(), ALICE)).isEqualTo(expected.get(ALICE));
    assertThat(L2Ledger.balance(w.store(), BOB)).isEqualTo(expected.get(BOB));
  }

  @Test
  void crashedLedgerReconcilesAfterAReorgItMissed() {
    Map<Address, Long> expected = new HashMap<>();
    BridgeWorld w = busyWorld(expected);
    Bytes32 victim = w.kit.chain.head().transactions().getFirst().hash();
    w.world.crash(w.ledger);
    w.settle();
    w.reorg(3, ReorgPlan.discarding(Set.of(victim)));
    w.runSlots(2);
    assertThat(L2Ledger.cursor(w.store())).isEqualTo(SLOTS); // still on the orphaned head
    w.world.restart(w.ledger);
    w.settle();
    assertThat(L2Ledger.cursorHash(w.store(), w.kit.chain)).isEqualTo(w.kit.chain.head().hash());
    long total = L2Ledger.balance(w.store(), ALICE) + L2Ledger.balance(w.store(), BOB);
    assertThat(total).isEqualTo(expected.get(ALICE) + expected.get(BOB) - SLOTS * 1_000L);
  }
}
