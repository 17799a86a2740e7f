package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Sha256;
import io.rampart.l1.gas.GasSchedule;

/**
 * One EIP-4844 blob: up to 131,072 bytes of data (the rest of the blob is zero padding). It always
 * costs a full blob's gas. The versioned hash is {@code 0x01 ‖ SHA-256(data)[1..32]}: Ethereum
 * hashes the blob's KZG commitment instead; the embedded L1 has no KZG, and the content hash serves
 * the same purpose (binding the transaction to the data).
 */
public final class Blob {
  public static final int SIZE = (int) GasSchedule.GAS_PER_BLOB;

  private final byte[] data;
  private final Bytes32 versionedHash;

  public Blob(byte[] data) {
    if (data.length > SIZE) {
      throw new IllegalArgumentException("blob data " + data.length + " > " + SIZE + " bytes");
    }
    this.data = data.clone();
    byte[] h = Sha256.digest(this.data).toArray();
    h[0] = 0x01;
    this.versionedHash = Bytes32.adopt(h);
  }

  public byte[] data() {
    return data.clone();
  }

  public int length() {
    return data.length;
  }

  public Bytes32 versionedHash() {
    return versionedHash;
  }

  @Override
  public String toString() {
    return "Blob[" + versionedHash + ", " + data.length + " bytes]";
  }
}
