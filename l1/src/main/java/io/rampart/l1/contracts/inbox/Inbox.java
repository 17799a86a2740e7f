package io.rampart.l1.contracts.inbox;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.ContractCall;
import io.rampart.l1.exec.Log;
import io.rampart.l1.exec.Revert;
import io.rampart.l1.exec.Slots;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The inbox every model shares. The sequencer posts batches, in calldata or in blobs; anyone may
 * queue a forced L2 transaction, which derivation must include once its deadline has passed (see
 * {@link ForcedInclusion}), whatever the sequencer does.
 *
 * <p>A batch declares {@code forcedThrough}: how many queued forced transactions the sequencer
 * includes before the batch's own. Derivation takes the larger of that and the number that are due.
 *
 * <p>Storage: slot 0 = batch count, slot 1 = forced queue length, {@code keccak(i ‖ 2)} = hash of
 * forced transaction {@code i}, {@code keccak(i ‖ 3)} = keccak of calldata batch {@code i}'s bytes,
 * {@code keccak(i ‖ 4)} = keccak of blob batch {@code i}'s concatenated versioned hashes (one slot
 * per kind, so bytes can never be taken for the other kind), so a contract can later check a
 * batch's data against what was posted (the dispute game's one-step proof). The sequencer address
 * and the forced-inclusion delay are immutable (in code, free to read).
 */
public final class Inbox implements Contract {
  static final Bytes32 BATCH_COUNT = Slots.of(0);
  static final Bytes32 FORCED_COUNT = Slots.of(1);
  static final Bytes32 FORCED = Slots.of(2);
  static final Bytes32 CALLDATA_BATCH_HASH = Slots.of(3);
  static final Bytes32 BLOB_BATCH_HASH = Slots.of(4);
  public static final Bytes32 BATCH_POSTED =
      Abi.eventTopic("BatchPosted(uint256,bytes32,uint256,uint256)");
  public static final Bytes32 FORCED_QUEUED =
      Abi.eventTopic("ForcedTransactionQueued(uint256,bytes32,uint256,bytes)");

  /** Default forced-inclusion delay: 24 hours, as on Arbitrum One. */
  public static final long DEFAULT_FORCE_DELAY_SECONDS = 24 * 3600;

  /** Forced transactions above this size are refused (bounded log and derivation cost). */
  public static final int MAX_FORCED_TX_BYTES = 8 * 1024;

  /** Data kinds in {@code BatchPosted}. */
  public static final long KIND_CALLDATA = 0;

  public static final long KIND_BLOBS = 1;

  private final Address address;
  private final Address sequencer;
  private final long forceDelaySeconds;

  public Inbox(Address address, Address sequencer, long forceDelaySeconds) {
    this.address = address;
    this.sequencer = sequencer;
    this.forceDelaySeconds = forceDelaySeconds;
  }

  @Override
  public Address address() {
    return address;
  }

  public long forceDelaySeconds() {
    return forceDelaySeconds;
  }

  /** {@code postBatch(bytes,uint256)}: a batch carried in calldata. */
  public record PostBatch(byte[] data, long forcedThrough) implements ContractCall {
    public PostBatch {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public byte[] calldata() {
      return Abi.encodeCall("postBatch(bytes,uint256)", data, forcedThrough);
    }

    @Override
    public String describe() {
      return "PostBatch(" + data.length + " bytes, forcedThrough=" + forcedThrough + ")";
    }
  }

  /** {@code postBlobBatch(uint256)}: a batch carried in the transaction's blobs. */
  public record PostBlobBatch(long forcedThrough) implements ContractCall {
    @Override
    public byte[] calldata() {
      return Abi.encodeCall("postBlobBatch(uint256)", forcedThrough);
    }
  }

  /** {@code forceInclude(bytes)}: queue an L2 transaction the sequencer cannot ignore for long. */
  public record ForceInclude(byte[] l2Transaction) implements ContractCall {
    public ForceInclude {
      l2Transaction = l2Transaction.clone();
    }

    @Override
    public byte[] l2Transaction() {
      return l2Transaction.clone();
    }

    @Override
    public byte[] calldata() {
      return Abi.encodeCall("forceInclude(bytes)", l2Transaction);
    }

    @Override
    public String describe() {
      return "ForceInclude(0x" + HexFormat.of().formatHex(l2Transaction) + ")";
    }
  }

  /**
   * A batch as its log announces it. For a calldata batch, {@code dataHash} is keccak(data) and the
   * data is in the transaction's calldata; for a blob batch, it is keccak of the concatenated
   * versioned hashes, listed in {@code blobHashes}.
   */
  public record BatchEvent(
      long index, Bytes32 dataHash, long kind, long forcedThrough, List<Bytes32> blobHashes) {

    public static Optional<BatchEvent> from(Log log, Address inbox) {
      if (!log.address().equals(inbox) || !log.topic0().equals(BATCH_POSTED)) {
        return Optional.empty();
      }
      byte[] d = log.data();
      long kind = Abi.readUint(d, 1);
      List<Bytes32> hashes = new ArrayList<>();
      if (kind == KIND_BLOBS) {
        byte[] packed = Abi.readBytes(d, 3);
        for (int i = 0; i + 32 <= packed.length; i += 32) {
          hashes.add(Bytes32.wrap(java.util.Arrays.copyOfRange(packed, i, i + 32)));
        }
      }
      return Optional.of(
          new BatchEvent(
              CallContext.toLong(log.topics().get(1)),
              Abi.readBytes32(d, 0),
              kind,
              Abi.readUint(d, 2),
              hashes));
    }
  }

  /** A queued forced transaction as its log announces it. */
  public record ForcedTxEvent(long index, Bytes32 txHash, long deadline, byte[] l2Transaction) {
    public ForcedTxEvent {
      l2Transaction = l2Transaction.clone();
    }

    @Override
    public byte[] l2Transaction() {
      return l2Transaction.clone();
    }

    public static Optional<ForcedTxEvent> from(Log log, Address inbox) {
      if (!log.address().equals(inbox) || !log.topic0().equals(FORCED_QUEUED)) {
        return Optional.empty();
      }
      byte[] d = log.data();
      return Optional.of(
          new ForcedTxEvent(
              CallContext.toLong(log.topics().get(1)),
              Abi.readBytes32(d, 0),
              Abi.readUint(d, 1),
              Abi.readBytes(d, 2)));
    }
  }

  @Override
  public void execute(CallContext ctx, ContractCall call) {
    if (!ctx.value().isZero()) {
      throw new Revert("NOT_PAYABLE");
    }
    switch (call) {
      case PostBatch b -> {
        requireSequencer(ctx);
        Bytes32 dataHash = ctx.keccak(b.data());
        recordBatch(ctx, dataHash, KIND_CALLDATA, b.forcedThrough(), new byte[0]);
      }
      case PostBlobBatch b -> {
        requireSequencer(ctx);
        if (ctx.blobCount() == 0) {
          throw new Revert("NO_BLOBS");
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        for (int i = 0; i < ctx.blobCount(); i++) {
          packed.writeBytes(ctx.blobHash(i).toArray());
        }
        byte[] hashes = packed.toByteArray();
        recordBatch(ctx, ctx.keccak(hashes), KIND_BLOBS, b.forcedThrough(), hashes);
      }
      case ForceInclude f -> forceInclude(ctx, f.l2Transaction());
      default -> throw new Revert("UNKNOWN_CALL");
    }
  }

  // ---- views, for other contracts (ctx is a context nested at the inbox) ----

  /** Number of batches posted. */
  public static long batchCount(CallContext inboxCtx) {
    return inboxCtx.sloadLong(BATCH_COUNT);
  }

  /**
   * The data hash recorded for batch {@code index} of kind {@code kind} ({@link #KIND_CALLDATA} or
   * {@link #KIND_BLOBS}); zero if that batch is of the other kind, empty if it was never posted.
   */
  public static Optional<Bytes32> batchHash(CallContext inboxCtx, long index, long kind) {
    if (index < 0 || index >= inboxCtx.sloadLong(BATCH_COUNT)) {
      return Optional.empty();
    }
    return Optional.of(
        inboxCtx.sload(inboxCtx.mappingSlot(hashBase(kind), CallContext.word(index))));
  }

  private static Bytes32 hashBase(long kind) {
    return kind == KIND_BLOBS ? BLOB_BATCH_HASH : CALLDATA_BATCH_HASH;
  }

  /** keccak of forced transaction {@code index}'s bytes, or empty if it was never queued. */
  public static Optional<Bytes32> forcedTxHash(CallContext inboxCtx, long index) {
    if (index < 0 || index >= inboxCtx.sloadLong(FORCED_COUNT)) {
      return Optional.empty();
    }
    return Optional.of(inboxCtx.sload(inboxCtx.mappingSlot(FORCED, CallContext.word(index))));
  }

  private void requireSequencer(CallContext ctx) {
    if (!ctx.sender().equals(sequencer)) {
      throw new Revert("NOT_SEQUENCER");
    }
  }

  private void recordBatch(
      CallContext ctx, Bytes32 dataHash, long kind, long forcedThrough, byte[] blobHashes) {
    long forced = ctx.sloadLong(FORCED_COUNT);
    if (forcedThrough > forced) {
      throw new Revert("FORCED_THROUGH_BEYOND_QUEUE");
    }
    long index = ctx.sloadLong(BATCH_COUNT);
    ctx.sstoreLong(BATCH_COUNT, index + 1);
    ctx.sstore(ctx.mappingSlot(hashBase(kind), CallContext.word(index)), dataHash);
    ctx.emit(
        List.of(BATCH_POSTED, CallContext.word(index)),
        Abi.encode(dataHash, kind, forcedThrough, blobHashes));
  }

  private void forceInclude(CallContext ctx, byte[] tx) {
    if (tx.length == 0 || tx.length > MAX_FORCED_TX_BYTES) {
      throw new Revert("BAD_FORCED_TX_SIZE");
    }
    long index = ctx.sloadLong(FORCED_COUNT);
    ctx.sstoreLong(FORCED_COUNT, index + 1);
    Bytes32 h = ctx.keccak(tx);
    ctx.sstore(ctx.mappingSlot(FORCED, CallContext.word(index)), h);
    long deadline = Math.addExact(ctx.timestamp(), forceDelaySeconds);
    ctx.emit(List.of(FORCED_QUEUED, CallContext.word(index)), Abi.encode(h, deadline, tx));
  }
}
