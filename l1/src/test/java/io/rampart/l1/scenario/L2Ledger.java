package io.rampart.l1.scenario;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.bridge.Withdrawal;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.Log;
import io.rampart.l1.node.L1Event;
import io.rampart.world.Actor;
import io.rampart.world.ActorContext;
import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.store.KvStore;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only L2 ledger: derives deposits from the bridge's logs block by block, rolls back what it
 * derived from orphaned blocks, and burns L2 balance for withdrawals. All of its state is in its
 * store, so it survives crashes; on restart it reconciles with the L1 (finding the common ancestor
 * by block hash) and catches up. Reading the chain object directly plays the part of an L1 RPC.
 *
 * <p>Each deposit is credited at most once: crediting the same L1 transaction twice throws.
 */
final class L2Ledger implements Actor {
  /** Burn L2 balance for a withdrawal to {@code recipient} on L1. */
  record Withdraw(Address account, Address recipient, long amountGwei) implements Message {}

  private final ActorId l1;
  private final L1Chain chain;
  private final Address bridge;
  int rollbacks;

  L2Ledger(ActorId l1, L1Chain chain, Address bridge) {
    this.l1 = l1;
    this.chain = chain;
    this.bridge = bridge;
  }

  @Override
  public void onStart(ActorContext ctx) {
    ctx.send(l1, new L1Event.Subscribe());
    sync(ctx.store(), chain.head().number());
  }

  @Override
  public void onMessage(ActorContext ctx, ActorId from, Message message) {
    KvStore s = ctx.store();
    switch (message) {
      case L1Event.NewBlock nb -> sync(s, nb.block().number());
      case L1Event.Rollback rb -> {
        if (cursor(s) > rb.forkPoint()) {
          rollbackTo(s, rb.forkPoint());
        }
      }
      case L1Event.Finalized f -> finalizeUpTo(s, f.number());
      case Withdraw w -> withdraw(s, w);
      default -> {}
    }
  }

  // ---- derivation ----

  private void sync(KvStore s, long upTo) {
    long cursor = cursor(s);
    while (cursor > 0 && !storedHash(s, cursor).equals(chain.blockHash(cursor).orElse(null))) {
      cursor--;
    }
    if (cursor < cursor(s)) {
      rollbackTo(s, cursor);
    }
    for (long n = cursor + 1; n <= Math.min(upTo, chain.head().number()); n++) {
      apply(s, chain.block(n).orElseThrow());
    }
  }

  private void apply(KvStore s, Block b) {
    for (Receipt r : b.receipts()) {
      for (Log log : r.logs()) {
        Bridge.DepositEvent.from(log, bridge).ifPresent(d -> credit(s, b.number(), r.txHash(), d));
      }
    }
    s.put(key("hash/", b.number()), b.hash().toArray());
    s.putLong("cursor", b.number());
  }

  private void credit(KvStore s, long block, Bytes32 l1Tx, Bridge.DepositEvent d) {
    String once = "credited-tx/" + l1Tx.toHex();
    if (s.get(once).isPresent()) {
      throw new IllegalStateException("deposit in L1 tx " + l1Tx + " credited twice");
    }
    s.put(once, new byte[0]);
    ByteBuffer rec = ByteBuffer.allocate(20 + 8 + 32);
    rec.put(d.l2Recipient().toArray()).putLong(d.amountGwei()).put(l1Tx.toArray());
    s.put(key("credit/", block) + "/" + l1Tx.toHex(), rec.array());
    addBalance(s, d.l2Recipient(), d.amountGwei());
    s.putLong("supply", s.getLong("supply", 0) + d.amountGwei());
    s.putLong("credited", s.getLong("credited", 0) + d.amountGwei());
  }

  private void rollbackTo(KvStore s, long forkPoint) {
    rollbacks++;
    for (long n = cursor(s); n > forkPoint; n--) {
      String prefix = key("credit/", n) + "/";
      for (String k : s.keys(prefix)) {
        ByteBuffer rec = ByteBuffer.wrap(s.get(k).orElseThrow());
        byte[] addr = new byte[20];
        rec.get(addr);
        long amount = rec.getLong();
        byte[] tx = new byte[32];
        rec.get(tx);
        addBalance(s, Address.wrap(addr), -amount);
        s.putLong("supply", s.getLong("supply", 0) - amount);
        s.putLong("credited", s.getLong("credited", 0) - amount);
        s.delete("credited-tx/" + Bytes32.wrap(tx).toHex());
        s.delete(k);
      }
      s.delete(key("hash/", n));
    }
    s.putLong("cursor", forkPoint);
  }

  /**
   * Deposits in final blocks become spendable ("safe"): only they may be withdrawn, so a reorg
   * (which never touches final blocks) cannot unfund a withdrawal.
   */
  private void finalizeUpTo(KvStore s, long number) {
    long upTo = Math.min(number, cursor(s));
    for (long n = s.getLong("finalized", 0) + 1; n <= upTo; n++) {
      for (String k : s.keys(key("credit/", n) + "/")) {
        ByteBuffer rec = ByteBuffer.wrap(s.get(k).orElseThrow());
        byte[] addr = new byte[20];
        rec.get(addr);
        String safe = "safe/" + Address.wrap(addr).toHex();
        s.putLong(safe, s.getLong(safe, 0) + rec.getLong());
        s.delete(k);
      }
      if (n < upTo) {
        s.delete(key("hash/", n));
      }
    }
    if (upTo > s.getLong("finalized", 0)) {
      s.putLong("finalized", upTo);
    }
  }

  // ---- withdrawals ----

  private void withdraw(KvStore s, Withdraw w) {
    String safe = "safe/" + w.account().toHex();
    if (w.amountGwei() <= 0 || w.amountGwei() > s.getLong(safe, 0)) {
      return; // refused: nothing changes
    }
    s.putLong(safe, s.getLong(safe, 0) - w.amountGwei());
    addBalance(s, w.account(), -w.amountGwei());
    s.putLong("supply", s.getLong("supply", 0) - w.amountGwei());
    long id = s.getLong("withdrawal-count", 0);
    s.put(key("withdrawal/", id), new Withdrawal(id, w.recipient(), w.amountGwei()).leafData());
    s.putLong("withdrawal-count", id + 1);
    s.putLong("withdrawn", s.getLong("withdrawn", 0) + w.amountGwei());
  }

  // ---- views (also used by tests through the store) ----

  static long cursor(KvStore s) {
    return s.getLong("cursor", 0);
  }

  static Bytes32 cursorHash(KvStore s, L1Chain chain) {
    long c = cursor(s);
    return c == 0 ? chain.blockHash(0).orElseThrow() : storedHash(s, c);
  }

  static long balance(KvStore s, Address a) {
    return s.getLong("balance/" + a.toHex(), 0);
  }

  static long safeBalance(KvStore s, Address a) {
    return s.getLong("safe/" + a.toHex(), 0);
  }

  static long supply(KvStore s) {
    return s.getLong("supply", 0);
  }

  static long withdrawn(KvStore s) {
    return s.getLong("withdrawn", 0);
  }

  static List<Withdrawal> withdrawals(KvStore s) {
    List<Withdrawal> out = new ArrayList<>();
    for (String k : s.keys("withdrawal/")) {
      ByteBuffer b = ByteBuffer.wrap(s.get(k).orElseThrow());
      long id = b.getLong();
      byte[] addr = new byte[20];
      b.get(addr);
      out.add(new Withdrawal(id, Address.wrap(addr), b.getLong()));
    }
    return out;
  }

  private static Bytes32 storedHash(KvStore s, long n) {
    return s.get(key("hash/", n)).map(Bytes32::wrap).orElse(Bytes32.ZERO);
  }

  private static void addBalance(KvStore s, Address a, long delta) {
    long v = balance(s, a) + delta;
    if (v < 0) {
      throw new IllegalStateException("negative L2 balance for " + a);
    }
    s.putLong("balance/" + a.toHex(), v);
  }

  private static String key(String prefix, long n) {
    return prefix + String.format("%019d", n);
  }
}
