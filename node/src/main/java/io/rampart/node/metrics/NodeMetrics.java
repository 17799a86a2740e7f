package io.rampart.node.metrics;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The node's counters and gauges, rendered in the Prometheus text exposition format (version
 * 0.0.4). Counters only grow; gauges are set by their owner. Thread-safe.
 */
public final class NodeMetrics {
  public final LongAdder rpcRequests = new LongAdder();
  public final LongAdder rpcErrors = new LongAdder();
  public final LongAdder txAccepted = new LongAdder();
  public final LongAdder txRejected = new LongAdder();
  public final LongAdder txIncluded = new LongAdder();
  public final LongAdder blocks = new LongAdder();
  public final LongAdder batches = new LongAdder();
  public final LongAdder batchBytes = new LongAdder();
  public final LongAdder batchTxs = new LongAdder();
  public final LongAdder l1GasSpent = new LongAdder();
  public final AtomicLong lastBatchBytes = new AtomicLong();
  public final AtomicLong lastBatchTxs = new AtomicLong();
  public final AtomicLong mempoolSize = new AtomicLong();
  public final AtomicLong disputesOpen = new AtomicLong();
  public final AtomicLong headBlock = new AtomicLong();

  private static final long WINDOW_MS = 10_000;
  private final ArrayDeque<long[]> recent = new ArrayDeque<>();

  /** Records a sealed block of {@code txs} transactions at wall time {@code nowMillis}. */
  public synchronized void blockSealed(long number, int txs, long nowMillis) {
    blocks.increment();
    txIncluded.add(txs);
    headBlock.set(number);
    recent.addLast(new long[] {nowMillis, txs});
    trim(nowMillis);
  }

  /** Transactions included per second over the last ten seconds of wall time. */
  public synchronized double tps(long nowMillis) {
    trim(nowMillis);
    long sum = 0;
    for (long[] e : recent) {
      sum += e[1];
    }
    return sum / (WINDOW_MS / 1000.0);
  }

  private void trim(long now) {
    while (!recent.isEmpty() && recent.peekFirst()[0] < now - WINDOW_MS) {
      recent.removeFirst();
    }
  }

  public String render(long nowMillis) {
    StringBuilder sb = new StringBuilder(2048);
    gauge(sb, "rampart_l2_tps", "Transactions included per second, last 10 s", tps(nowMillis));
    counter(
        sb,
        "rampart_l2_transactions_included_total",
        "Transactions sealed in blocks",
        txIncluded.sum());
    counter(sb, "rampart_l2_blocks_total", "L2 blocks sealed", blocks.sum());
    gauge(sb, "rampart_l2_head_block", "Number of the head block", headBlock.get());
    counter(sb, "rampart_rpc_requests_total", "JSON-RPC requests served", rpcRequests.sum());
    counter(
        sb,
        "rampart_rpc_errors_total",
        "JSON-RPC requests answered with an error",
        rpcErrors.sum());
    counter(
        sb, "rampart_tx_accepted_total", "Transactions accepted into the pool", txAccepted.sum());
    counter(
        sb, "rampart_tx_rejected_total", "Transactions refused at submission", txRejected.sum());
    gauge(sb, "rampart_mempool_size", "Transactions in the pool", mempoolSize.get());
    counter(sb, "rampart_batches_total", "Batches closed and posted", batches.sum());
    counter(
        sb, "rampart_batch_bytes_total", "Bytes of posted batches (compressed)", batchBytes.sum());
    counter(
        sb, "rampart_batch_transactions_total", "Transactions in posted batches", batchTxs.sum());
    gauge(sb, "rampart_batch_last_bytes", "Size of the last posted batch", lastBatchBytes.get());
    gauge(
        sb,
        "rampart_batch_last_transactions",
        "Transactions in the last posted batch",
        lastBatchTxs.get());
    counter(
        sb,
        "rampart_l1_gas_spent_total",
        "L1 gas spent posting batches and proposals",
        l1GasSpent.sum());
    gauge(sb, "rampart_disputes_open", "Dispute games not yet resolved", disputesOpen.get());
    return sb.toString();
  }

  private static void counter(StringBuilder sb, String name, String help, long v) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(" counter\n");
    sb.append(name).append(' ').append(v).append('\n');
  }

  private static void gauge(StringBuilder sb, String name, String help, double v) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(" gauge\n");
    sb.append(name)
        .append(' ')
        .append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v))
        .append('\n');
  }
}
