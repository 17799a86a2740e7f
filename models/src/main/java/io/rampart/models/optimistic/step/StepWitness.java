package io.rampart.models.optimistic.step;

import io.rampart.chain.state.Account;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * What a one-step proof shows about the state before the transaction: the components of the trace
 * root, and Merkle paths for every account slot, address and withdrawal slot the transaction
 * touches.
 */
public record StepWitness(
    Bytes32 accountRoot,
    int nextIndex,
    Bytes32 withdrawalRoot,
    Bytes32 addressRoot,
    List<AccountProof> accounts,
    List<AddressProof> addresses,
    Optional<WithdrawalSlots> withdrawals) {

  public StepWitness {
    accounts = List.copyOf(accounts);
    addresses = List.copyOf(addresses);
  }

  /** Account slot {@code index}: its account, or empty for a free slot; 32 siblings. */
  public record AccountProof(int index, Optional<Account> account, List<Bytes32> siblings) {
    public AccountProof {
      siblings = List.copyOf(siblings);
    }
  }

  /** An address and its account index, or -1 when it has none; 160 siblings. */
  public record AddressProof(Address address, int index, List<Bytes32> siblings) {
    public AddressProof {
      siblings = List.copyOf(siblings);
    }
  }

  /**
   * The withdrawal count {@code count}: slot {@code count} is free (path {@code freeSiblings}) and
   * slot {@code count - 1} holds {@code lastLeaf} (a non-zero leaf), unless count is 0.
   */
  public record WithdrawalSlots(
      long count, List<Bytes32> freeSiblings, Bytes32 lastLeaf, List<Bytes32> lastSiblings) {
    public WithdrawalSlots {
      freeSiblings = List.copyOf(freeSiblings);
      lastSiblings = List.copyOf(lastSiblings);
    }
  }

  /** A canonical byte encoding: what the proof costs as calldata. */
  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(accountRoot.toArray());
    out.writeBytes(ByteBuffer.allocate(4).putInt(nextIndex).array());
    out.writeBytes(withdrawalRoot.toArray());
    out.writeBytes(addressRoot.toArray());
    for (AccountProof a : accounts) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(a.index()).array());
      a.account().ifPresent(acc -> out.writeBytes(acc.leafPreimage()));
      a.siblings().forEach(s -> out.writeBytes(s.toArray()));
    }
    for (AddressProof a : addresses) {
      out.writeBytes(a.address().toBytes());
      out.writeBytes(ByteBuffer.allocate(4).putInt(a.index()).array());
      a.siblings().forEach(s -> out.writeBytes(s.toArray()));
    }
    withdrawals.ifPresent(
        w -> {
          out.writeBytes(ByteBuffer.allocate(8).putLong(w.count()).array());
          w.freeSiblings().forEach(s -> out.writeBytes(s.toArray()));
          out.writeBytes(w.lastLeaf().toArray());
          w.lastSiblings().forEach(s -> out.writeBytes(s.toArray()));
        });
    return out.toByteArray();
  }
}
