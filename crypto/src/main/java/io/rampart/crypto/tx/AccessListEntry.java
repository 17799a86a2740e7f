package io.rampart.crypto.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.List;
import java.util.Objects;

/** One EIP-2930 access-list entry: an address and the storage keys it pre-declares. */
public record AccessListEntry(Address address, List<Bytes32> storageKeys) {
  public AccessListEntry {
    Objects.requireNonNull(address, "address");
    storageKeys = List.copyOf(storageKeys);
  }
}
