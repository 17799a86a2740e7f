package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.GasMeter;
import io.rampart.l1.gas.BlobFees;
import io.rampart.l1.gas.GasSchedule;
import io.rampart.l1.gas.IntrinsicGas;
import io.rampart.l1.state.L1State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The embedded L1's chain: state, transaction pool, blocks with receipts, finality, reorgs and the
 * blob store. It is a passive state machine: {@link io.rampart.l1.node.L1Node} drives it from the
 * world's slot timer. Not thread-safe (the world is one thread).
 *
 * <p>Finality: block {@code n} is final once the head is at {@code n + finalityDepth}. A reorg of
 * depth {@code d} replaces the {@code d} newest blocks; it is refused if {@code d} exceeds the
 * configured maximum or would touch a final block (or genesis).
 */
public final class L1Chain {
  private final L1Config config;
  private final L1State state = new L1State();
  private final Map<Address, Contract> contracts = new HashMap<>();
  private final TxExecutor executor;
  private final Map<Long, Block> blocks = new HashMap<>();
  private final List<Bytes32> hashes = new ArrayList<>();
  private final Map<Long, Long> blockMarks = new HashMap<>();
  private final Map<Bytes32, Receipt> receipts = new HashMap<>();
  private final BlobStore blobs = new BlobStore();
  private final TxPool pool = new TxPool();
  private final List<InclusionFilter> filters = new ArrayList<>();
  private final List<ChainListener> listeners = new ArrayList<>();
  private Block head;
  private long finalized;
  private long salt;
  private Wei minted = Wei.ZERO;

  public L1Chain(L1Config config) {
    this.config = config;
    this.executor = new TxExecutor(state, contracts);
    Block genesis =
        new Block(
            0,
            0,
            Keccak256.digest(
                "rampart-l1-genesis".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            Bytes32.ZERO,
            List.of(),
            List.of(),
            0,
            0,
            0,
            BlobFees.baseFeePerBlobGas(0, config.fork()));
    blocks.put(0L, genesis);
    hashes.add(genesis.hash());
    blockMarks.put(0L, state.mark());
    head = genesis;
  }

  public L1Config config() {
    return config;
  }

  // ---- genesis ----

  /** Installs a contract; only before the first block. */
  public <C extends Contract> C deploy(C contract) {
    requireGenesis();
    if (contracts.putIfAbsent(contract.address(), contract) != null) {
      throw new IllegalArgumentException("address in use: " + contract.address());
    }
    return contract;
  }

  /** Genesis allocation; only before the first block. */
  public void fund(Address account, Wei amount) {
    requireGenesis();
    state.credit(account, amount);
    minted = minted.plus(amount);
    blockMarks.put(0L, state.mark());
  }

  private void requireGenesis() {
    if (head.number() != 0) {
      throw new IllegalStateException("genesis is sealed once block 1 exists");
    }
  }

  // ---- views ----

  public Block head() {
    return head;
  }

  /** The block at {@code number} on the canonical chain, if its body is still retained. */
  public Optional<Block> block(long number) {
    return Optional.ofNullable(blocks.get(number));
  }

  public Optional<Bytes32> blockHash(long number) {
    return number >= 0 && number < hashes.size()
        ? Optional.of(hashes.get((int) number))
        : Optional.empty();
  }

  public long finalizedNumber() {
    return finalized;
  }

  public boolean isFinal(long number) {
    return number <= finalized;
  }

  public Optional<Receipt> receipt(Bytes32 txHash) {
    return Optional.ofNullable(receipts.get(txHash));
  }

  public Wei balance(Address a) {
    return state.balance(a);
  }

  public long nonce(Address a) {
    return state.nonce(a);
  }

  /** Ether created at genesis; always equal to the sum of balances plus burned fees. */
  public Wei minted() {
    return minted;
  }

  public L1State state() {
    return state;
  }

  public <C extends Contract> C contract(Address address, Class<C> type) {
    return type.cast(contracts.get(address));
  }

  public int pendingCount() {
    return pool.size();
  }

  /** The blob base fee the next block will charge. */
  public Wei nextBlobBaseFee() {
    return BlobFees.baseFeePerBlobGas(nextExcessBlobGas(), config.fork());
  }

  /**
   * Runs {@code fn} as a read-only call at the head ({@code eth_call}): contracts are read through
   * a throwaway context and every change it makes is undone.
   */
  public <T> T view(Address contract, Function<CallContext, T> fn) {
    long mark = state.mark();
    try {
      CallContext ctx =
          new CallContext(
              state,
              new GasMeter(Long.MAX_VALUE / 2, Address.ZERO, contract),
              contract,
              Address.ZERO,
              Wei.ZERO,
              head.number(),
              head.timestamp(),
              List.of(),
              new ArrayList<>());
      return fn.apply(ctx);
    } finally {
      state.revertTo(mark);
    }
  }

  // ---- blobs ----

  public BlobLookup blob(Bytes32 versionedHash) {
    return blobs.lookup(versionedHash);
  }

  /** Fault injection: the blob's data stops being served (its hash stays on chain). */
  public void withhold(Bytes32 versionedHash) {
    blobs.withhold(versionedHash);
  }

  public void release(Bytes32 versionedHash) {
    blobs.release(versionedHash);
  }

  // ---- listeners and filters ----

  public void addListener(ChainListener l) {
    listeners.add(l);
  }

  public void removeListener(ChainListener l) {
    listeners.remove(l);
  }

  public void addInclusionFilter(InclusionFilter f) {
    filters.add(f);
  }

  public void removeInclusionFilter(InclusionFilter f) {
    filters.remove(f);
  }

  // ---- transactions ----

  /** Validates {@code request} and queues it with the sender's next nonce. */
  public SubmitResult submit(TxRequest request) {
    byte[] calldata = request.call() == null ? new byte[0] : request.call().calldata();
    IntrinsicGas intrinsic = IntrinsicGas.of(calldata, config.fork());
    if (request.gasLimit() < intrinsic.minimumGasLimit()) {
      return new SubmitResult.Rejected(
          SubmitResult.Reason.GAS_LIMIT_BELOW_INTRINSIC,
          "gas limit " + request.gasLimit() + " < " + intrinsic.minimumGasLimit());
    }
    if (request.gasLimit() > config.blockGasLimit()) {
      return new SubmitResult.Rejected(
          SubmitResult.Reason.GAS_LIMIT_ABOVE_BLOCK_LIMIT,
          "gas limit " + request.gasLimit() + " > " + config.blockGasLimit());
    }
    if (request.gasLimit() > config.fork().maxTxGasLimit()) {
      return new SubmitResult.Rejected(
          SubmitResult.Reason.GAS_LIMIT_ABOVE_TX_CAP,
          "gas limit " + request.gasLimit() + " > " + config.fork().maxTxGasLimit());
    }
    int maxBlobs = Math.min(config.fork().maxBlobs(), config.fork().maxBlobsPerTx());
    if (request.blobs().size() > maxBlobs) {
      return new SubmitResult.Rejected(
          SubmitResult.Reason.TOO_MANY_BLOBS, request.blobs().size() + " blobs > " + maxBlobs);
    }
    long nonce = pool.nextNonce(request.from(), state);
    L1Tx tx = new L1Tx(request, nonce);
    Wei need = TxExecutor.maxCost(tx, config.baseFeePerGas(), nextBlobBaseFee());
    if (state.balance(request.from()).compareTo(need) < 0) {
      return new SubmitResult.Rejected(
          SubmitResult.Reason.INSUFFICIENT_FUNDS,
          "balance " + state.balance(request.from()) + " < " + need);
    }
    pool.add(tx);
    return new SubmitResult.Accepted(tx);
  }

  /** Builds, executes and appends the next block at {@code timestamp} (seconds). */
  public Block produceBlock(long timestamp) {
    if (timestamp <= head.timestamp()) {
      throw new IllegalArgumentException("timestamp " + timestamp + " not after head");
    }
    List<L1Tx> candidates = pool.inOrder();
    Block b = buildBlock(head.number() + 1, timestamp, candidates);
    for (L1Tx tx : b.transactions()) {
      pool.remove(tx);
    }
    pool.dropStale(state);
    append(b);
    return b;
  }

  private long nextExcessBlobGas() {
    return BlobFees.nextExcessBlobGas(
        head.excessBlobGas(), head.blobGasUsed(), config.baseFeePerGas(), config.fork());
  }

  /** Executes what fits of {@code candidates} (in order) on top of the head. */
  private Block buildBlock(long number, long timestamp, List<L1Tx> candidates) {
    long excess = nextExcessBlobGas();
    Wei blobBaseFee = BlobFees.baseFeePerBlobGas(excess, config.fork());
    long blockMark = state.mark();
    blockMarks.put(number, blockMark);
    List<L1Tx> included = new ArrayList<>();
    List<Receipt> rs = new ArrayList<>();
    long gasUsed = 0;
    long blobGas = 0;
    long maxBlobGas = config.fork().maxBlobs() * GasSchedule.GAS_PER_BLOB;
    for (L1Tx tx : candidates) {
      if (tx.nonce() != state.nonce(tx.from())) {
        continue;
      }
      if (gasUsed + tx.gasLimit() > config.blockGasLimit()) {
        continue;
      }
      long txBlobGas = tx.blobs().size() * GasSchedule.GAS_PER_BLOB;
      if (blobGas + txBlobGas > maxBlobGas) {
        continue;
      }
      if (!admitted(tx, number, timestamp)) {
        continue;
      }
      Wei need = TxExecutor.maxCost(tx, config.baseFeePerGas(), blobBaseFee);
      if (state.balance(tx.from()).compareTo(need) < 0) {
        continue;
      }
      Receipt r =
          executor.apply(
              tx, rs.size(), number, timestamp, config.baseFeePerGas(), blobBaseFee, config.fork());
      included.add(tx);
      rs.add(r);
      gasUsed += r.gasUsed();
      blobGas += txBlobGas;
    }
    Bytes32 hash =
        BlockHashing.blockHash(
            head.hash(),
            number,
            timestamp,
            salt,
            included,
            BlockHashing.receiptsDigest(rs),
            state.changesDigest(blockMark));
    return new Block(
        number, timestamp, hash, head.hash(), included, rs, gasUsed, blobGas, excess, blobBaseFee);
  }

  private boolean admitted(L1Tx tx, long number, long timestamp) {
    for (InclusionFilter f : filters) {
      if (!f.include(tx, number, timestamp)) {
        return false;
      }
    }
    return true;
  }

  private void append(Block b) {
    blocks.put(b.number(), b);
    hashes.add(b.hash());
    for (Receipt r : b.receipts()) {
      receipts.put(r.txHash(), r);
    }
    for (L1Tx tx : b.transactions()) {
      for (Blob blob : tx.blobs()) {
        blobs.put(blob);
      }
    }
    head = b;
    for (ChainListener l : listeners) {
      l.onBlock(b);
    }
    long nowFinal = Math.max(0, head.number() - config.finalityDepth());
    if (nowFinal > finalized) {
      finalized = nowFinal;
      state.forgetBefore(blockMarks.get(finalized + 1));
      for (long n = finalized; n >= 0 && blockMarks.remove(n) != null; n--) {}
      prune();
      for (ChainListener l : listeners) {
        l.onFinalized(finalized);
      }
    }
  }

  private void prune() {
    if (config.retainBlocks() == Long.MAX_VALUE) {
      return;
    }
    long oldest = head.number() - config.retainBlocks();
    for (long n = oldest; n > 0; n--) {
      Block b = blocks.remove(n);
      if (b == null) {
        break;
      }
      for (L1Tx tx : b.transactions()) {
        receipts.remove(tx.hash());
        for (Blob blob : tx.blobs()) {
          blobs.remove(blob.versionedHash());
        }
      }
    }
  }

  // ---- reorgs ----

  /**
   * Replaces the {@code depth} newest blocks with blocks built per {@code plan}, at the same
   * timestamps. Listeners see {@code onRollback} and then {@code onBlock} for each new block.
   */
  public ReorgResult reorg(int depth, ReorgPlan plan) {
    if (depth < 1) {
      return new ReorgResult.Refused("depth must be at least 1, was " + depth);
    }
    if (depth > config.maxReorgDepth()) {
      return new ReorgResult.Refused(
          "depth " + depth + " exceeds the maximum reorg depth " + config.maxReorgDepth());
    }
    long forkPoint = head.number() - depth;
    if (forkPoint < finalized) {
      return new ReorgResult.Refused(
          "depth "
              + depth
              + " would replace block "
              + (forkPoint + 1)
              + ", but blocks up to "
              + finalized
              + " are final");
    }
    List<Block> orphaned = new ArrayList<>();
    for (long n = forkPoint + 1; n <= head.number(); n++) {
      orphaned.add(blocks.get(n));
    }
    state.revertTo(blockMarks.get(forkPoint + 1));
    for (Block b : orphaned) {
      blocks.remove(b.number());
      hashes.removeLast();
      for (L1Tx tx : b.transactions()) {
        receipts.remove(tx.hash());
      }
    }
    head = blocks.get(forkPoint);
    salt++;
    for (ChainListener l : listeners) {
      l.onRollback(forkPoint, orphaned);
    }

    List<List<L1Tx>> offered = ReorgPacking.candidates(orphaned, plan);
    Set<Bytes32> included = new HashSet<>();
    List<Block> replacement = new ArrayList<>();
    for (int i = 0; i < orphaned.size(); i++) {
      List<L1Tx> candidates = new ArrayList<>(offered.get(i));
      candidates.removeIf(tx -> included.contains(tx.hash()));
      Block nb = buildBlock(orphaned.get(i).number(), orphaned.get(i).timestamp(), candidates);
      for (L1Tx tx : nb.transactions()) {
        included.add(tx.hash());
      }
      append(nb);
      replacement.add(nb);
    }
    // Orphaned blobs are released after the replacement blocks stored theirs: a blob included
    // again keeps its data (and its withheld mark), one left out is forgotten.
    for (Block b : orphaned) {
      for (L1Tx tx : b.transactions()) {
        for (Blob blob : tx.blobs()) {
          blobs.remove(blob.versionedHash());
        }
      }
    }
    pool.returnToFront(ReorgPacking.returned(orphaned, included, plan));
    pool.dropStale(state);
    return new ReorgResult.Reorged(forkPoint, orphaned, replacement);
  }
}
