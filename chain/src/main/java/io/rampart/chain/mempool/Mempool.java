package io.rampart.chain.mempool;

import io.rampart.chain.batch.CompactSize;
import io.rampart.chain.fee.Fees;
import io.rampart.chain.state.Account;
import io.rampart.chain.state.StateView;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.chain.tx.Rejection;
import io.rampart.chain.tx.Rejection.Reason;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Pending user transfers: one nonce-ordered queue per sender, checked against the committed state
 * it is given. Signature recovery happens once, at admission, in parallel for a batch ({@link
 * #admitAll}); everything after is cheap. A rejection returns a specific reason and changes
 * nothing. Not thread-safe: one caller at a time (admitAll parallelises internally).
 */
public final class Mempool {
  private final ChainConfig cfg;
  private final MempoolConfig limits;
  private final Ecdsa ecdsa;
  private final Map<Address, TreeMap<Long, Entry>> bySender = new HashMap<>();
  private final Map<Bytes32, Entry> byHash = new HashMap<>();
  private final Map<Address, BigInteger> pendingCost = new HashMap<>();
  private long arrivals;

  private record Entry(L2Tx.UserTx tx, long costGwei, long price, long seq) {}

  public Mempool(ChainConfig cfg, MempoolConfig limits, Ecdsa ecdsa) {
    this.cfg = cfg;
    this.limits = limits;
    this.ecdsa = ecdsa;
  }

  public int size() {
    return byHash.size();
  }

  public boolean contains(Bytes32 hash) {
    return byHash.containsKey(hash);
  }

  /** The pooled transaction with this hash, if any. */
  public Optional<L2Tx.UserTx> get(Bytes32 hash) {
    Entry e = byHash.get(hash);
    return e == null ? Optional.empty() : Optional.of(e.tx);
  }

  /** Hashes of all pooled transactions, sorted (for equality checks in tests). */
  public List<Bytes32> snapshot() {
    List<Bytes32> out = new ArrayList<>(byHash.keySet());
    out.sort(null);
    return out;
  }

  /** Checks and recovers in parallel on the common pool, then admits in list order. */
  public List<AdmitResult> admitAll(List<byte[]> raws, StateView state) {
    return admitChecked(checkAll(raws), state);
  }

  /**
   * The stateless half of admission (decode, rules, sender recovery) for a batch, in parallel on
   * the common pool. Touches no pool state, so it may run while another thread admits or sequences:
   * a node can check the next batch while the sequencer executes the current one.
   */
  public List<Checked> checkAll(List<byte[]> raws) {
    return raws.parallelStream().map(raw -> TxChecks.check(cfg, raw, ecdsa)).toList();
  }

  /** The stateless half of admission for one transaction; thread-safe, touches no pool state. */
  public Checked check(byte[] raw) {
    return TxChecks.check(cfg, raw, ecdsa);
  }

  /** Admits already checked transactions in list order. */
  public List<AdmitResult> admitChecked(List<Checked> checked, StateView state) {
    List<AdmitResult> out = new ArrayList<>(checked.size());
    for (Checked c : checked) {
      out.add(admit(c, state));
    }
    return out;
  }

  public AdmitResult admit(byte[] raw, StateView state) {
    return admit(TxChecks.check(cfg, raw, ecdsa), state);
  }

  public AdmitResult admit(Checked checked, StateView state) {
    return switch (checked) {
      case Checked.Refused(Rejection r) -> new AdmitResult.Rejected(r);
      case Checked.Ok(L2Tx.UserTx tx) -> admitChecked(tx, state);
    };
  }

  private AdmitResult admitChecked(L2Tx.UserTx tx, StateView state) {
    if (byHash.containsKey(tx.hash())) {
      return rejected(Reason.ALREADY_KNOWN, tx.hash().toString());
    }
    int from = state.indexOf(tx.sender());
    if (from < 0) {
      return rejected(Reason.INSUFFICIENT_FUNDS, "sender " + tx.sender() + " has no account");
    }
    Account acc = state.account(from);
    if (tx.nonce() < acc.nonce()) {
      return rejected(
          Reason.NONCE_TOO_LOW, "nonce " + tx.nonce() + ", account is at " + acc.nonce());
    }
    if (tx.nonce() - acc.nonce() > limits.maxNonceGap()) {
      return rejected(
          Reason.NONCE_GAP_TOO_LARGE,
          "nonce "
              + tx.nonce()
              + " is "
              + (tx.nonce() - acc.nonce())
              + " ahead, limit "
              + limits.maxNonceGap());
    }
    Entry e = entry(tx, from, state);
    TreeMap<Long, Entry> queue = bySender.getOrDefault(tx.sender(), new TreeMap<>());
    Entry old = queue.get(tx.nonce());
    if (old != null && !bumped(old, e)) {
      return rejected(
          Reason.UNDERPRICED_REPLACEMENT,
          "needs +" + limits.priceBumpPercent() + "% on fee cap and tip over nonce " + tx.nonce());
    }
    // The sender's pending total is kept up to date on insert and remove, so this is O(1).
    BigInteger total =
        pendingCost.getOrDefault(tx.sender(), BigInteger.ZERO).add(unsigned(e.costGwei));
    if (old != null) {
      total = total.subtract(unsigned(old.costGwei));
    }
    if (unsigned(acc.balanceGwei()).compareTo(total) < 0) {
      return rejected(
          Reason.INSUFFICIENT_FUNDS,
          "balance "
              + Long.toUnsignedString(acc.balanceGwei())
              + " gwei < "
              + total
              + " for value plus fees of pending transactions");
    }
    if (old != null) {
      remove(old);
      insert(e);
      return new AdmitResult.Replaced(tx, old.tx);
    }
    if (queue.size() >= limits.maxPerSender()) {
      return rejected(
          Reason.POOL_FULL, "sender " + tx.sender() + " has " + queue.size() + " pending");
    }
    Optional<L2Tx.UserTx> evicted = Optional.empty();
    if (byHash.size() >= limits.maxTotal()) {
      Entry worst = worstTail(tx.sender());
      if (worst == null || worst.price >= e.price) {
        return rejected(Reason.POOL_FULL, byHash.size() + " pending, none pays less");
      }
      remove(worst);
      evicted = Optional.of(worst.tx);
    }
    insert(e);
    return new AdmitResult.Added(tx, evicted);
  }

  private Entry entry(L2Tx.UserTx tx, int from, StateView state) {
    boolean withdrawal = tx.to().equals(ChainConfig.WITHDRAWAL_ADDRESS);
    int to = withdrawal ? -1 : state.indexOf(tx.to());
    long price = tx.effectiveGasPriceWei(cfg.fees().l2BaseFeeWei());
    // Upper bound of what the state transition will charge: a recipient only ever gains an index.
    long fees =
        Fees.executionFeeGwei(price)
            + Fees.l1DataFeeGwei(
                cfg.fees(), CompactSize.transfer(tx, from, withdrawal, to, to < 0));
    long cost = tx.valueGwei() + fees;
    if (Long.compareUnsigned(cost, fees) < 0) {
      cost = -1L; // saturate: no balance covers it
    }
    return new Entry(tx, cost, price, arrivals);
  }

  private boolean bumped(Entry old, Entry e) {
    long pct = 100L + limits.priceBumpPercent();
    return java.math.BigInteger.valueOf(e.tx.maxFeePerGasWei())
                .multiply(java.math.BigInteger.valueOf(100))
                .compareTo(
                    java.math.BigInteger.valueOf(old.tx.maxFeePerGasWei())
                        .multiply(java.math.BigInteger.valueOf(pct)))
            >= 0
        && java.math.BigInteger.valueOf(e.tx.maxPriorityFeePerGasWei())
                .multiply(java.math.BigInteger.valueOf(100))
                .compareTo(
                    java.math.BigInteger.valueOf(old.tx.maxPriorityFeePerGasWei())
                        .multiply(java.math.BigInteger.valueOf(pct)))
            >= 0;
  }

  /**
   * The lowest-paying last-in-queue transaction of any other sender (evicting it keeps gaps out).
   */
  private Entry worstTail(Address except) {
    Entry worst = null;
    for (var q : bySender.entrySet()) {
      if (q.getKey().equals(except)) {
        continue;
      }
      Entry tail = q.getValue().lastEntry().getValue();
      if (worst == null || tail.price < worst.price) {
        worst = tail;
      }
    }
    return worst;
  }

  private void insert(Entry e) {
    Entry withSeq = new Entry(e.tx, e.costGwei, e.price, arrivals++);
    bySender.computeIfAbsent(e.tx.sender(), k -> new TreeMap<>()).put(e.tx.nonce(), withSeq);
    byHash.put(e.tx.hash(), withSeq);
    pendingCost.merge(e.tx.sender(), unsigned(e.costGwei), BigInteger::add);
  }

  private void remove(Entry e) {
    byHash.remove(e.tx.hash());
    TreeMap<Long, Entry> q = bySender.get(e.tx.sender());
    q.remove(e.tx.nonce());
    if (q.isEmpty()) {
      bySender.remove(e.tx.sender());
      pendingCost.remove(e.tx.sender());
    } else {
      pendingCost.computeIfPresent(e.tx.sender(), (k, v) -> v.subtract(unsigned(e.costGwei)));
    }
  }

  /** An unsigned 64-bit amount as a non-negative BigInteger. */
  private static BigInteger unsigned(long v) {
    BigInteger b = BigInteger.valueOf(v);
    return v >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
  }

  /**
   * Up to {@code max} executable transactions: each sender's run of consecutive nonces starting at
   * its account nonce, interleaved across senders by arrival. Nothing is removed.
   */
  public List<L2Tx.UserTx> ready(StateView state, int max) {
    // Each sender's queue is walked with its own iterator from the account nonce (no lookup per
    // transaction); a run ends at the first gap.
    final class Run {
      final Iterator<Entry> rest;
      Entry head;

      Run(Iterator<Entry> rest, Entry head) {
        this.rest = rest;
        this.head = head;
      }

      boolean advance() {
        if (!rest.hasNext()) {
          return false;
        }
        Entry next = rest.next();
        if (next.tx.nonce() != head.tx.nonce() + 1) {
          return false;
        }
        head = next;
        return true;
      }
    }
    PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> Long.compare(a.head.seq, b.head.seq));
    for (var q : bySender.entrySet()) {
      int idx = state.indexOf(q.getKey());
      if (idx < 0) {
        continue;
      }
      long nonce = state.account(idx).nonce();
      Iterator<Entry> it = q.getValue().tailMap(nonce, true).values().iterator();
      if (it.hasNext()) {
        Entry first = it.next();
        if (first.tx.nonce() == nonce) {
          heads.add(new Run(it, first));
        }
      }
    }
    List<L2Tx.UserTx> out = new ArrayList<>(Math.min(max, byHash.size()));
    while (out.size() < max && !heads.isEmpty()) {
      Run r = heads.poll();
      out.add(r.head.tx);
      if (r.advance()) {
        heads.add(r);
      }
    }
    return out;
  }

  /**
   * The nonce after the run of pooled transactions of {@code sender} that starts at {@code
   * accountNonce} (what Ethereum calls the "pending" nonce); {@code accountNonce} when none is
   * pooled.
   */
  public long nextNonce(Address sender, long accountNonce) {
    TreeMap<Long, Entry> q = bySender.get(sender);
    if (q == null || !q.containsKey(accountNonce)) {
      return accountNonce;
    }
    // Keys are distinct and sorted: a queue from accountNonce with as many keys as its span has no
    // gap, which is the common case and needs no walk.
    if (q.firstKey() == accountNonce && q.lastKey() - accountNonce == q.size() - 1) {
      return q.lastKey() + 1;
    }
    long n = accountNonce;
    while (q.containsKey(n)) {
      n++;
    }
    return n;
  }

  /** Counts as Ethereum's txpool_status does: executable now, and waiting behind a nonce gap. */
  public record Status(int pending, int queued) {}

  public Status status(StateView state) {
    int pending = 0;
    for (var q : bySender.entrySet()) {
      int idx = state.indexOf(q.getKey());
      long nonce = idx < 0 ? 0 : state.account(idx).nonce();
      pending += (int) (nextNonce(q.getKey(), nonce) - nonce);
    }
    return new Status(pending, byHash.size() - pending);
  }

  /** Drops {@code tx} and every later nonce of its sender (they can no longer run). */
  public void dropWithSuccessors(L2Tx.UserTx tx) {
    TreeMap<Long, Entry> q = bySender.get(tx.sender());
    if (q == null) {
      return;
    }
    for (Entry e : new ArrayList<>(q.tailMap(tx.nonce(), true).values())) {
      remove(e);
    }
  }

  /** After a block: drops every pooled transaction whose nonce the state has passed. */
  public void prune(StateView state, List<Address> senders) {
    for (Address s : senders) {
      TreeMap<Long, Entry> q = bySender.get(s);
      int idx = state.indexOf(s);
      if (q == null || idx < 0) {
        continue;
      }
      long nonce = state.account(idx).nonce();
      NavigableMap<Long, Entry> passed = q.headMap(nonce, false);
      if (passed.isEmpty()) {
        continue;
      }
      BigInteger freed = BigInteger.ZERO;
      for (Entry e : passed.values()) {
        byHash.remove(e.tx.hash());
        freed = freed.add(unsigned(e.costGwei));
      }
      passed.clear();
      if (q.isEmpty()) {
        bySender.remove(s);
        pendingCost.remove(s);
      } else {
        pendingCost.put(s, pendingCost.get(s).subtract(freed));
      }
    }
  }

  private static AdmitResult rejected(Reason reason, String detail) {
    return new AdmitResult.Rejected(Rejection.of(reason, detail));
  }
}
