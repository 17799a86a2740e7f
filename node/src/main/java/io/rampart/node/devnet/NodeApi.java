package io.rampart.node.devnet;

import io.rampart.chain.mempool.AdmitResult;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.node.metrics.NodeMetrics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What RPC methods may ask of the node. Thread-safe. Futures complete on the sequencer thread: a
 * submission's future completes only after its accepted transactions are durable.
 */
public interface NodeApi {
  ChainConfig chain();

  Ecdsa ecdsa();

  ChainReader reader();

  NodeMetrics metrics();

  /** Gas limit of a block (transfers per block = limit / 21,000). */
  long blockGasLimit();

  /** Checks (in parallel, on the caller's side) and admits {@code raws} as one group, in order. */
  CompletableFuture<List<AdmitResult>> submit(List<byte[]> raws);

  /** Seals a block now with what the pool holds, up to the block gas limit. */
  CompletableFuture<BlockRecord> mine();

  /**
   * Queues a deposit ({@code deposit}) or forced transaction for the next block, built by {@code
   * make} from the id the sequencer assigns; completes once it is durable.
   */
  CompletableFuture<L2Tx> enqueueSystem(boolean deposit, LongFunction<L2Tx> make);

  /** The dev accounts' keys (funded at genesis on L1 and, through the bridge, on L2). */
  List<io.rampart.crypto.ecdsa.PrivateKey> devKeys();

  /** The embedded L1 with the optimistic settlement: deposits, commitments, games. */
  Rollup rollup();

  /** Runs {@code read} on the sequencer thread. */
  <T> CompletableFuture<T> query(Function<PoolAccess, T> read);
}
