package io.rampart.crypto.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.rlp.RlpItem;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields out of a transaction's RLP list. The first fault is kept in {@link
 * #rejection}; after it every read is a no-op returning a placeholder, so a decoder reads all
 * fields and checks once.
 */
final class Fields {
  private final RlpList list;
  TxRejection rejection;

  Fields(RlpList list) {
    this.list = list;
  }

  private RlpString scalar(int i, String name) {
    if (rejection != null) {
      return null;
    }
    if (list.get(i) instanceof RlpString s) {
      return s;
    }
    reject(TxRejection.Reason.NOT_A_SCALAR, name + " (field " + i + ") is a list");
    return null;
  }

  private RlpString integer(int i, String name, int maxBytes) {
    RlpString s = scalar(i, name);
    if (s == null) {
      return null;
    }
    if (!s.isCanonicalUnsigned()) {
      reject(TxRejection.Reason.NON_CANONICAL_INTEGER, name + " has a leading zero byte");
      return null;
    }
    if (s.length() > maxBytes) {
      reject(
          TxRejection.Reason.INTEGER_OVERFLOW,
          name + " has " + s.length() + " bytes, at most " + maxBytes + " allowed");
      return null;
    }
    return s;
  }

  /** An unsigned integer below 2^256. */
  BigInteger u256(int i, String name) {
    RlpString s = integer(i, name, 32);
    return s == null ? BigInteger.ZERO : s.toUnsignedBigInteger();
  }

  /** An unsigned integer that fits in a (signed, so non-negative) long: below 2^63. */
  long u64(int i, String name) {
    RlpString s = integer(i, name, 8);
    if (s == null) {
      return 0;
    }
    BigInteger v = s.toUnsignedBigInteger();
    if (v.bitLength() > 63) {
      reject(TxRejection.Reason.INTEGER_OVERFLOW, name + " = " + v + " does not fit below 2^63");
      return 0;
    }
    return v.longValue();
  }

  Optional<Address> recipient(int i) {
    RlpString s = scalar(i, "to");
    if (s == null || s.length() == 0) {
      return Optional.empty();
    }
    Optional<Address> a = Address.fromBytes(s.toArray());
    if (a.isEmpty()) {
      reject(TxRejection.Reason.BAD_RECIPIENT, "to has " + s.length() + " bytes");
    }
    return a;
  }

  Calldata data(int i) {
    RlpString s = scalar(i, "data");
    return s == null ? Calldata.EMPTY : Calldata.of(s.toArray());
  }

  List<AccessListEntry> accessList(int i) {
    if (rejection != null) {
      return List.of();
    }
    if (!(list.get(i) instanceof RlpList entries)) {
      reject(TxRejection.Reason.BAD_ACCESS_LIST, "access list is not a list");
      return List.of();
    }
    List<AccessListEntry> out = new ArrayList<>(entries.size());
    for (int e = 0; e < entries.size(); e++) {
      AccessListEntry entry = entry(entries.get(e), e);
      if (entry == null) {
        return List.of();
      }
      out.add(entry);
    }
    return out;
  }

  private AccessListEntry entry(RlpItem item, int index) {
    String where = "entry " + index;
    if (!(item instanceof RlpList pair) || pair.size() != 2) {
      reject(TxRejection.Reason.BAD_ACCESS_LIST, where + " is not a list of [address, keys]");
      return null;
    }
    if (!(pair.get(0) instanceof RlpString addr) || addr.length() != Address.SIZE) {
      reject(TxRejection.Reason.BAD_ACCESS_LIST, where + ": address is not 20 bytes");
      return null;
    }
    if (!(pair.get(1) instanceof RlpList keys)) {
      reject(TxRejection.Reason.BAD_ACCESS_LIST, where + ": storage keys are not a list");
      return null;
    }
    List<Bytes32> storageKeys = new ArrayList<>(keys.size());
    for (int k = 0; k < keys.size(); k++) {
      if (!(keys.get(k) instanceof RlpString key) || key.length() != Bytes32.SIZE) {
        reject(
            TxRejection.Reason.BAD_ACCESS_LIST, where + ": storage key " + k + " is not 32 bytes");
        return null;
      }
      storageKeys.add(Bytes32.adopt(key.toArray()));
    }
    return new AccessListEntry(Address.fromBytes(addr.toArray()).orElseThrow(), storageKeys);
  }

  private void reject(TxRejection.Reason reason, String detail) {
    if (rejection == null) {
      rejection = new TxRejection(reason, detail);
    }
  }
}
