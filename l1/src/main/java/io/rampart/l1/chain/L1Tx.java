package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An accepted transaction: a request plus its nonce. The hash is Keccak-256 over the canonical
 * encoding {@code sender (20) ‖ nonce (8) ‖ gasLimit (8) ‖ recipient (20) ‖ value (32) ‖
 * len(calldata) (4) ‖ calldata ‖ blobCount (4) ‖ blob versioned hashes}, every field fixed-width or
 * length-prefixed so no two transactions share an encoding; it is unique per (sender, nonce) in the
 * canonical chain.
 */
public final class L1Tx {
  private final TxRequest request;
  private final long nonce;
  private final byte[] calldata;
  private final List<Bytes32> blobHashes;
  private final Bytes32 hash;

  public L1Tx(TxRequest request, long nonce) {
    this.request = request;
    this.nonce = nonce;
    this.calldata = request.call() == null ? new byte[0] : request.call().calldata();
    List<Bytes32> bh = new ArrayList<>();
    for (Blob b : request.blobs()) {
      bh.add(b.versionedHash());
    }
    this.blobHashes = List.copyOf(bh);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(request.from().toArray());
    out.writeBytes(ByteBuffer.allocate(16).putLong(nonce).putLong(request.gasLimit()).array());
    out.writeBytes(request.to().toArray());
    out.writeBytes(request.value().toBytes32());
    out.writeBytes(ByteBuffer.allocate(4).putInt(calldata.length).array());
    out.writeBytes(calldata);
    out.writeBytes(ByteBuffer.allocate(4).putInt(blobHashes.size()).array());
    for (Bytes32 h : blobHashes) {
      out.writeBytes(h.toArray());
    }
    this.hash = Keccak256.digest(out.toByteArray());
  }

  public TxRequest request() {
    return request;
  }

  public Address from() {
    return request.from();
  }

  public Address to() {
    return request.to();
  }

  public Wei value() {
    return request.value();
  }

  public ContractCall call() {
    return request.call();
  }

  public long gasLimit() {
    return request.gasLimit();
  }

  public long nonce() {
    return nonce;
  }

  public List<Blob> blobs() {
    return request.blobs();
  }

  public List<Bytes32> blobHashes() {
    return blobHashes;
  }

  /** The ABI-encoded calldata (empty for a plain transfer). */
  public byte[] calldata() {
    return calldata.clone();
  }

  public int calldataLength() {
    return calldata.length;
  }

  public Bytes32 hash() {
    return hash;
  }

  @Override
  public String toString() {
    return "L1Tx[" + hash + " " + request.from() + "#" + nonce + "]";
  }
}
