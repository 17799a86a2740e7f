package io.rampart.l1.chain;

import io.rampart.crypto.Bytes32;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Blob data by versioned hash, with fault injection (withholding). Identical data carried by
 * several canonical transactions is stored once and counted: each inclusion {@link #put}s it and
 * each pruning or orphaning {@link #remove}s it, and the data goes (with its withheld mark) when
 * the last copy does.
 */
final class BlobStore {
  private record Entry(byte[] data, int copies) {}

  private final Map<Bytes32, Entry> data = new HashMap<>();
  private final Set<Bytes32> withheld = new HashSet<>();

  void put(Blob blob) {
    data.merge(
        blob.versionedHash(),
        new Entry(blob.data(), 1),
        (old, fresh) -> new Entry(old.data(), old.copies() + 1));
  }

  /** Releases one copy of the blob with this hash; a hash with no copies left is forgotten. */
  void remove(Bytes32 versionedHash) {
    Entry e = data.get(versionedHash);
    if (e == null) {
      throw new IllegalStateException("no stored blob " + versionedHash);
    }
    if (e.copies() > 1) {
      data.put(versionedHash, new Entry(e.data(), e.copies() - 1));
    } else {
      data.remove(versionedHash);
      withheld.remove(versionedHash);
    }
  }

  BlobLookup lookup(Bytes32 versionedHash) {
    Entry e = data.get(versionedHash);
    if (e == null) {
      return new BlobLookup.Unknown();
    }
    return withheld.contains(versionedHash)
        ? new BlobLookup.Withheld()
        : new BlobLookup.Available(e.data().clone());
  }

  void withhold(Bytes32 versionedHash) {
    withheld.add(versionedHash);
  }

  void release(Bytes32 versionedHash) {
    withheld.remove(versionedHash);
  }
}
