package io.rampart.l1.exec;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import java.util.HexFormat;
import java.util.List;

/** An event log entry: emitting contract, indexed topics (topic 0 = event signature), data. */
public record Log(Address address, List<Bytes32> topics, byte[] data) {
  public Log {
    topics = List.copyOf(topics);
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  public Bytes32 topic0() {
    return topics.getFirst();
  }

  @Override
  public String toString() {
    return "Log[" + address + " " + topics + " 0x" + HexFormat.of().formatHex(data) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Log l
        && l.address.equals(address)
        && l.topics.equals(topics)
        && java.util.Arrays.equals(l.data, data);
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 31 + java.util.Arrays.hashCode(data);
  }
}
