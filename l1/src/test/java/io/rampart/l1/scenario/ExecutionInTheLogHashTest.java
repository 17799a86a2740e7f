package io.rampart.l1.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.L1TestKit;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.chain.Receipt;
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
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.World;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event-log hash sees execution, not only the transaction list: two worlds with the same seed
 * and the same transactions, where one settlement contract has a shorter finality delay, so one
 * withdrawal pays in one world and reverts in the other, must log different hashes.
 */
class ExecutionInTheLogHashTest {
  private static final Address CAROL = Address.named("carol");

  /** Subscribes to the L1 and keeps every block it is told about. */
  static final class Watcher implements Actor {
    final List<Block> blocks = new ArrayList<>();

    @Override
    public void onStart(ActorContext ctx) {
      ctx.send(ActorId.of("l1"), new L1Event.Subscribe());
    }

    @Override
    public void onMessage(ActorContext ctx, ActorId from, Message message) {
      if (message instanceof L1Event.NewBlock b) {
        blocks.add(b.block());
      }
    }
  }

  record Run(World world, Watcher watcher, L1TestKit kit) {}

  static Run run(long settlementDelaySeconds) {
    World w = new World(11);
    L1TestKit kit = new L1TestKit(L1Config.defaults(), settlementDelaySeconds);
    w.spawn("l1", () -> new L1Node(kit.chain));
    w.spawn("watcher", Watcher::new);
    Withdrawal wd = new Withdrawal(0, CAROL, 1_000_000_000L);
    List<byte[]> leaves = List.of(wd.leafData());
    w.at(
        SimTime.ofSeconds(5),
        "deposit and propose",
        x -> {
          kit.chain.submit(
              TxRequest.call(
                      L1TestKit.ALICE,
                      L1TestKit.BRIDGE,
                      new Bridge.Deposit(L1TestKit.ALICE),
                      100_000)
                  .withValue(Wei.ofEther(10)));
          kit.chain.submit(
              TxRequest.call(
                  L1TestKit.PROPOSER,
                  L1TestKit.SETTLEMENT,
                  new SettlementContract.Propose(
                      new Commitment(1, Bytes32.ZERO, KeccakMerkle.root(leaves))),
                  300_000));
        });
    w.at(
        SimTime.ofSeconds(100),
        "withdraw",
        x ->
            kit.chain.submit(
                TxRequest.call(
                    L1TestKit.BOB,
                    L1TestKit.BRIDGE,
                    new Bridge.FinalizeWithdrawal(0, wd, 0, KeccakMerkle.proof(leaves, 0)),
                    300_000)));
    w.runFor(SimDuration.ofMinutes(3));
    return new Run(w, w.actor(ActorId.of("watcher"), Watcher.class).orElseThrow(), kit);
  }

  private static List<Bytes32> txHashes(List<Block> blocks) {
    List<Bytes32> out = new ArrayList<>();
    for (Block b : blocks) {
      for (L1Tx tx : b.transactions()) {
        out.add(tx.hash());
      }
    }
    return out;
  }

  @Test
  void sameTransactionsExecutedDifferentlyGiveDifferentLogHashes() {
    Run quick = run(60);
    Run slow = run(600);
    assertThat(txHashes(quick.watcher().blocks)).hasSize(3);
    assertThat(txHashes(quick.watcher().blocks)).isEqualTo(txHashes(slow.watcher().blocks));
    Bytes32 withdrawal = txHashes(quick.watcher().blocks).getLast();
    Receipt paid = quick.kit().chain.receipt(withdrawal).orElseThrow();
    Receipt refused = slow.kit().chain.receipt(withdrawal).orElseThrow();
    assertThat(paid.succeeded()).isTrue();
    assertThat(refused.revertReason()).isEqualTo("COMMITMENT_NOT_FINAL");
    assertThat(quick.world().log().hash()).isNotEqualTo(slow.world().log().hash());
    assertThat(run(60).world().log().hash()).isEqualTo(quick.world().log().hash());
  }
}
