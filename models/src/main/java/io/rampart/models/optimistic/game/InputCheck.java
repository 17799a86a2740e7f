package io.rampart.models.optimistic.game;

import io.rampart.chain.batch.Batch;
import io.rampart.chain.batch.BatchCodec;
import io.rampart.chain.batch.BatchDecodeResult;
import io.rampart.chain.batch.CompactTx;
import io.rampart.chain.batch.FeeTemplate;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.chain.Blob;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.CallContext;
import io.rampart.l1.exec.Contract;
import io.rampart.l1.exec.ContractCall;
import io.rampart.l1.exec.Revert;
import io.rampart.models.optimistic.l2.L1Reader;
import java.util.List;

/**
 * The dispute contract's check of a one-step proof's {@link InputProof}: that the transaction at
 * position {@code j} of L2 block {@code b} is what the inbox or bridge recorded when it was posted,
 * at the place derivation's schedule gives (docs/optimistic.md, "Where a transaction comes from").
 * A failed check reverts with an {@link InputRejection}'s name. Everything read is charged: records
 * in the inbox's and bridge's storage (account access and SLOAD), Keccak over the supplied bytes,
 * copying them to memory, and decoding the batch ({@link #DECODE_GAS_PER_BYTE}).
 */
public final class InputCheck {
  /** Estimated EVM cost of zstd-decoding and parsing one byte of batch payload (see the docs). */
  public static final long DECODE_GAS_PER_BYTE = 40;

  /** SHA-256 precompile: a warm STATICCALL (100) plus 60 (EIP-2929, Yellow Paper). */
  public static final long SHA256_CALL_GAS = 100 + 60;

  /** SHA-256 precompile, per 32-byte word of input (Yellow Paper). */
  public static final long SHA256_WORD_GAS = 12;

  /** CALLDATACOPY / memory copy: 3 gas per 32-byte word. */
  public static final long COPY_GAS_PER_WORD = 3;

  private InputCheck() {}

  /** What a checked input gives the step. */
  public sealed interface Input {
    /** A deposit or forced transaction, complete. */
    record System(L2Tx tx) implements Input {}

    /** A batch transfer, rebuilt against the witnessed pre-state by the step. */
    record Transfer(CompactTx tx, FeeTemplate template) implements Input {}
  }

  /** Checks that {@code proof} gives transaction {@code position} of the block {@code src}. */
  public static Input atPosition(
      CallContext ctx,
      long chainId,
      BlockInputs inputs,
      BlockInputs.Source src,
      long position,
      InputProof p) {
    long deposits = src.deposits();
    long system = src.systemCount();
    if (position < deposits) {
      if (!(p instanceof InputProof.DepositInput d)) {
        throw reject(InputRejection.WRONG_INPUT_KIND);
      }
      require(d.id() == src.firstDeposit() + position, InputRejection.DEPOSIT_INDEX_MISMATCH);
      Bytes32 record =
          Bridge.depositRecord(ctx.nested(new Remote(inputs.bridge())), d.id())
              .orElseThrow(() -> reject(InputRejection.DEPOSIT_NOT_RECORDED));
      Bytes32 claimed = ctx.keccak(Abi.encode(L1Reader.toL1(d.to()), d.amountGwei(), d.l1Block()));
      require(claimed.equals(record), InputRejection.DEPOSIT_MISMATCH);
      require(d.l1Block() <= src.l1Origin(), InputRejection.DEPOSIT_NOT_DUE);
      return new Input.System(new L2Tx.Deposit(d.id(), d.l1Block(), d.to(), d.amountGwei()));
    }
    if (position < system) {
      if (!(p instanceof InputProof.ForcedInput f)) {
        throw reject(InputRejection.WRONG_INPUT_KIND);
      }
      require(
          f.id() == src.firstForced() + (position - deposits),
          InputRejection.FORCED_INDEX_MISMATCH);
      Bytes32 queued =
          Inbox.forcedTxHash(ctx.nested(new Remote(inputs.inbox())), f.id())
              .orElseThrow(() -> reject(InputRejection.FORCED_NOT_QUEUED));
      byte[] raw = f.raw();
      chargeCopy(ctx, raw.length);
      require(ctx.keccak(raw).equals(queued), InputRejection.FORCED_TX_MISMATCH);
      return new Input.System(new L2Tx.Forced(f.id(), f.l1Block(), f.deadline(), raw));
    }
    if (!(p instanceof InputProof.BatchTx t)) {
      throw reject(InputRejection.WRONG_INPUT_KIND);
    }
    Batch batch =
        postedBatch(ctx, chainId, inputs, src, t.batchIndex(), t.blockInBatch(), t.data());
    Batch.Block blk = batch.blocks().get(t.blockInBatch());
    require(t.txInBlock() >= 0 && t.txInBlock() < blk.txs().size(), InputRejection.TX_NOT_IN_BATCH);
    require(t.txInBlock() == position - system, InputRejection.TX_INDEX_MISMATCH);
    CompactTx c = blk.txs().get(t.txInBlock());
    return new Input.Transfer(c, batch.templates().get(c.template()));
  }

  /** Checks that block {@code src} is empty: its batch block has no transfers, nothing is due. */
  public static void emptyBlock(
      CallContext ctx, long chainId, BlockInputs inputs, BlockInputs.Source src, InputProof p) {
    require(src.txCount() == 0, InputRejection.BLOCK_NOT_EMPTY);
    if (!(p instanceof InputProof.EmptyBlock e)) {
      throw reject(InputRejection.WRONG_INPUT_KIND);
    }
    postedBatch(ctx, chainId, inputs, src, e.batchIndex(), e.blockInBatch(), e.data());
  }

  /**
   * The batch the bytes decode to, once they are shown to be what the inbox recorded for {@code
   * index} and to declare block {@code src.number()} as their block {@code blockInBatch}.
   */
  private static Batch postedBatch(
      CallContext ctx,
      long chainId,
      BlockInputs inputs,
      BlockInputs.Source src,
      long index,
      int blockInBatch,
      InputProof.BatchData data) {
    long kind = data instanceof InputProof.BatchData.Blobs ? Inbox.KIND_BLOBS : Inbox.KIND_CALLDATA;
    Bytes32 recorded =
        Inbox.batchHash(ctx.nested(new Remote(inputs.inbox())), index, kind)
            .orElseThrow(() -> reject(InputRejection.BATCH_NOT_POSTED));
    byte[] bytes = data.bytes();
    chargeCopy(ctx, bytes.length);
    Bytes32 supplied =
        switch (data) {
          case InputProof.BatchData.Calldata c -> ctx.keccak(bytes);
          case InputProof.BatchData.Blobs b -> ctx.keccak(versionedHashes(ctx, b.blobs()));
        };
    require(supplied.equals(recorded), InputRejection.BATCH_HASH_MISMATCH);
    Batch batch;
    switch (BatchCodec.decode(bytes, chainId)) {
      case BatchDecodeResult.Malformed m -> throw reject(InputRejection.BATCH_MALFORMED);
      case BatchDecodeResult.Decoded(Batch b) -> batch = b;
    }
    ctx.gas().charge(DECODE_GAS_PER_BYTE * BatchCodec.payload(batch).length);
    // Checked after decoding, so that a step pointing at posted bytes that do not decode (a batch
    // derivation skipped) is refused as BATCH_MALFORMED rather than as the wrong batch.
    require(
        src.fromBatch() && index == src.batchIndex() && blockInBatch == src.blockInBatch(),
        InputRejection.WRONG_BATCH);
    // The two checks below, like DEPOSIT_NOT_RECORDED, DEPOSIT_NOT_DUE and FORCED_NOT_QUEUED, hold
    // whenever the schedule is derivation's: it is read off the same records. They are kept because
    // the schedule is the one input taken from outside the contract's checks; they bind it to what
    // L1 stored, so a wrong schedule is refused instead of being trusted (InputCheckScheduleTest).
    require(
        blockInBatch >= 0
            && blockInBatch < batch.blocks().size()
            && batch.firstBlock() + blockInBatch == src.number(),
        InputRejection.BLOCK_NOT_IN_BATCH);
    require(
        batch.blocks().get(blockInBatch).txs().size() == src.transfers(),
        src.transfers() == 0 ? InputRejection.BLOCK_NOT_EMPTY : InputRejection.SCHEDULE_MISMATCH);
    return batch;
  }

  /**
   * The versioned hash of each blob, concatenated. The embedded L1's versioned hash is {@code 0x01
   * ‖ SHA-256(data)[1..32]} (see {@link Blob}), so each costs a call to the SHA-256 precompile over
   * the whole blob (100 + 60 + 12 per word); on Ethereum the proof would instead open the blob's
   * KZG commitment at the points it reads (the point-evaluation precompile, 50,000 gas each).
   */
  private static byte[] versionedHashes(CallContext ctx, List<byte[]> blobs) {
    byte[] out = new byte[32 * blobs.size()];
    for (int i = 0; i < blobs.size(); i++) {
      byte[] b = blobs.get(i);
      require(b.length <= Blob.SIZE, InputRejection.BATCH_HASH_MISMATCH);
      ctx.gas().charge(SHA256_CALL_GAS + SHA256_WORD_GAS * ((b.length + 31L) / 32));
      new Blob(b).versionedHash().copyTo(out, 32 * i);
    }
    return out;
  }

  private static void chargeCopy(CallContext ctx, int length) {
    ctx.gas().charge(COPY_GAS_PER_WORD * ((length + 31L) / 32));
  }

  private static void require(boolean ok, InputRejection r) {
    if (!ok) {
      throw reject(r);
    }
  }

  private static Revert reject(InputRejection r) {
    return new Revert(r.name());
  }

  /** Another contract, for reading its storage through a nested context (a STATICCALL). */
  private record Remote(Address address) implements Contract {
    @Override
    public void execute(CallContext ctx, ContractCall call) {
      throw new Revert("VIEW_ONLY");
    }
  }
}
