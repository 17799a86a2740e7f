package io.rampart.models.optimistic.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.state.Account;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.models.optimistic.scenario.OptimisticWorld;
import io.rampart.models.optimistic.scenario.Scenarios;
import io.rampart.models.optimistic.trace.ChainTrace;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-executing each transaction of a derived chain from its witness gives exactly the next
 * per-transaction root; a witness or transaction changed in any part is refused or gives another
 * root.
 */
class OneStepTest {
  static ChainTrace trace;
  static OptimisticWorld world;

  @BeforeAll
  static void chain() {
    world = new OptimisticWorld(OptimisticWorld.Setup.defaults(11), Scenarios.USERS, Set.of());
    Scenarios.trafficForTests(world);
    byte[] forced = world.signTransfer(2, world.l2Address(3), 5);
    world.forceAt(SimTime.ofSeconds(700), 2, forced);
    world.runFor(SimDuration.ofSeconds(3 * 3600));
    trace = world.truth();
  }

  static final Keccak256 H = Keccak256.INSTANCE;

  @Test
  void everyTransactionReplaysToItsRoot() {
    int kinds = 0;
    boolean deposit = false;
    boolean forced = false;
    boolean withdrawal = false;
    boolean creation = false;
    for (long b = 0; b < trace.blockCount(); b++) {
      for (int j = 0; j < trace.txCount(b); j++) {
        ChainTrace.StepInput in = trace.stepInput(b, j);
        Bytes32 pre = trace.txRoot(b, j);
        assertThat(OneStep.postRoot(trace.config(), world.ecdsa, H, pre, in.tx(), in.witness()))
            .contains(trace.txRoot(b, j + 1));
        kinds++;
        deposit |= in.tx() instanceof L2Tx.Deposit;
        forced |= in.tx() instanceof L2Tx.Forced;
        withdrawal |= in.witness().withdrawals().isPresent();
        creation |= in.witness().addresses().stream().anyMatch(a -> a.index() < 0);
      }
    }
    assertThat(kinds).isGreaterThan(20);
    assertThat(deposit && forced && withdrawal && creation).isTrue();
  }

  @Test
  void tamperedWitnessesAreRefusedOrGiveAnotherRoot() {
    long b = 1;
    ChainTrace.StepInput in = trace.stepInput(b, 0);
    Bytes32 pre = trace.txRoot(b, 0);
    Bytes32 post = trace.txRoot(b, 1);
    StepWitness w = in.witness();
    List<StepWitness> bad = new ArrayList<>();
    bad.add(
        new StepWitness(
            w.accountRoot().flipBit(0),
            w.nextIndex(),
            w.withdrawalRoot(),
            w.addressRoot(),
            w.accounts(),
            w.addresses(),
            w.withdrawals()));
    bad.add(
        new StepWitness(
            w.accountRoot(),
            w.nextIndex() + 1,
            w.withdrawalRoot(),
            w.addressRoot(),
            w.accounts(),
            w.addresses(),
            w.withdrawals()));
    // a sibling changed by one bit
    var a0 = w.accounts().getFirst();
    List<Bytes32> sibs = new ArrayList<>(a0.siblings());
    sibs.set(3, sibs.get(3).flipBit(7));
    List<StepWitness.AccountProof> accs = new ArrayList<>(w.accounts());
    accs.set(0, new StepWitness.AccountProof(a0.index(), a0.account(), sibs));
    bad.add(
        new StepWitness(
            w.accountRoot(),
            w.nextIndex(),
            w.withdrawalRoot(),
            w.addressRoot(),
            accs,
            w.addresses(),
            w.withdrawals()));
    // a balance changed
    Account acc = a0.account().orElseThrow();
    accs = new ArrayList<>(w.accounts());
    accs.set(
        0,
        new StepWitness.AccountProof(
            a0.index(),
            Optional.of(new Account(acc.address(), acc.nonce(), acc.balanceGwei() + 1)),
            a0.siblings()));
    bad.add(
        new StepWitness(
            w.accountRoot(),
            w.nextIndex(),
            w.withdrawalRoot(),
            w.addressRoot(),
            accs,
            w.addresses(),
            w.withdrawals()));
    // a path left out
    bad.add(
        new StepWitness(
            w.accountRoot(),
            w.nextIndex(),
            w.withdrawalRoot(),
            w.addressRoot(),
            w.accounts().subList(1, w.accounts().size()),
            w.addresses(),
            w.withdrawals()));
    // an address claimed absent
    int k = 0;
    while (w.addresses().get(k).index() < 0) {
      k++;
    }
    var ad = w.addresses().get(k);
    List<StepWitness.AddressProof> ads = new ArrayList<>(w.addresses());
    ads.set(k, new StepWitness.AddressProof(ad.address(), -1, ad.siblings()));
    bad.add(
        new StepWitness(
            w.accountRoot(),
            w.nextIndex(),
            w.withdrawalRoot(),
            w.addressRoot(),
            w.accounts(),
            ads,
            w.withdrawals()));
    for (int i = 0; i < bad.size(); i++) {
      assertThat(OneStep.execute(trace.config(), world.ecdsa, H, pre, in.tx(), bad.get(i)))
          .as("tampering %d", i)
          .isInstanceOf(OneStep.Result.Bad.class);
    }
    assertThat(OneStep.postRoot(trace.config(), world.ecdsa, H, pre, in.tx(), w)).contains(post);
    // another transaction of the chain on the same witness is not the step of this claim
    ChainTrace.StepInput other = trace.stepInput(b, trace.txCount(b) - 1);
    assertThat(OneStep.postRoot(trace.config(), world.ecdsa, H, pre, other.tx(), w))
        .isNotEqualTo(Optional.of(post));
  }
}
