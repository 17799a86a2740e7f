package io.rampart.models.optimistic.scenario;

import io.rampart.l1.abi.Abi;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.ChainListener;
import io.rampart.l1.chain.L1Tx;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Log;
import io.rampart.models.optimistic.game.DisputeGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records who did what on L1 and when, with the gas of each action and the bonds each resolution
 * moved. Batch posts are only counted (there is one per L2 block). An observer of the scenario, not
 * a protocol participant.
 */
public final class Timeline implements ChainListener {
  /** One L1 action. */
  public record Entry(long time, long l1Block, String who, String what, long gas, String outcome) {}

  /** A bond paid out at resolution. */
  public record BondMove(
      long time, long proposal, long node, String to, long gwei, long burntGwei) {}

  private final Address game;
  private final Map<Address, String> names;
  private final List<Entry> entries = new ArrayList<>();
  private final List<BondMove> bonds = new ArrayList<>();
  private final Map<String, long[]> gasByWho = new TreeMap<>();
  private final Map<String, long[]> gasByAction = new LinkedHashMap<>();
  private long batches;
  private long batchGas;

  public Timeline(Address game, Map<Address, String> names) {
    this.game = game;
    this.names = names;
  }

  public String name(Address a) {
    return names.getOrDefault(a, a.toString());
  }

  @Override
  public void onBlock(Block block) {
    for (int i = 0; i < block.receipts().size(); i++) {
      L1Tx tx = block.transactions().get(i);
      Receipt r = block.receipts().get(i);
      String who = name(tx.from());
      gasByWho.computeIfAbsent(who, k -> new long[1])[0] += r.gasUsed();
      if (tx.call() instanceof Inbox.PostBatch) {
        batches++;
        batchGas += r.gasUsed();
        continue;
      }
      String what = tx.call() == null ? "transfer" : tx.call().describe();
      String kind = what.contains("(") ? what.substring(0, what.indexOf('(')) : what;
      long[] agg = gasByAction.computeIfAbsent(kind, k -> new long[3]);
      agg[0]++;
      agg[1] += r.gasUsed();
      agg[2] = Math.max(agg[2], r.gasUsed());
      String outcome = r.succeeded() ? "ok" : "reverted: " + r.revertReason();
      entries.add(new Entry(block.timestamp(), block.number(), who, what, r.gasUsed(), outcome));
      for (Log log : r.logs()) {
        if (log.address().equals(game) && log.topic0().equals(DisputeGame.BOND_PAID)) {
          byte[] d = log.data();
          bonds.add(
              new BondMove(
                  block.timestamp(),
                  CallContext.toLong(log.topics().get(1)),
                  Abi.readUint(d, 0),
                  name(Abi.readAddress(d, 1)),
                  Abi.readUint(d, 2),
                  Abi.readUint(d, 3)));
        }
      }
    }
  }

  @Override
  public void onRollback(long forkPoint, List<Block> orphaned) {}

  @Override
  public void onFinalized(long number) {}

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public List<BondMove> bonds() {
    return List.copyOf(bonds);
  }

  /** L1 gas used by each party (every transaction it sent). */
  public Map<String, Long> gasByWho() {
    Map<String, Long> out = new TreeMap<>();
    gasByWho.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** Per action kind: count, total gas, largest gas. */
  public Map<String, long[]> gasByAction() {
    Map<String, long[]> out = new LinkedHashMap<>();
    gasByAction.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  public long batches() {
    return batches;
  }

  public long batchGas() {
    return batchGas;
  }
}
