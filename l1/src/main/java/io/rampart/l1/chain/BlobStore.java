package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Blob data by versioned hash, with fault injection (withholding). */
final class BlobStore {
  private final Map<Bytes32, byte[]> data = new HashMap<>();
  private final Set<Bytes32> withheld = new HashSet<>();

  void put(Blob blob) {
    data.put(blob.versionedHash(), blob.data());
  }

  void remove(Bytes32 versionedHash) {
    data.remove(versionedHash);
    withheld.remove(versionedHash);
  }

  BlobLookup lookup(Bytes32 versionedHash) {
    byte[] d = data.get(versionedHash);
    if (d == null) {
      return new BlobLookup.Unknown();
    }
    return withheld.contains(versionedHash)
        ? new BlobLookup.Withheld()
        : new BlobLookup.Available(d.clone());
  }

  void withhold(Bytes32 versionedHash) {
    withheld.add(versionedHash);
  }

  void release(Bytes32 versionedHash) {
    withheld.remove(versionedHash);
  }
}
