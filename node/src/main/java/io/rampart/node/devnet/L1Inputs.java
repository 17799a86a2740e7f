package io.rampart.node.devnet;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What enters the devnet's embedded L1 from outside it, journaled in the node's store before it
 * takes effect: the L1 (with the proposer and challenger running on it) is deterministic, so
 * replaying these inputs at their times rebuilds it exactly after a restart. Keys: {@code Li} +
 * sequence number; {@code Lg} holds the wall-clock millisecond of L1 time 0.
 */
final class L1Inputs {
  private L1Inputs() {}

  /** One input. */
  sealed interface Input {}

  /** Mints ether to an L1 account (genesis allocation). */
  record Fund(Address to, Wei amount) implements Input {}

  /** A bridge deposit of {@code gwei} from {@code from} to L2 account {@code to}. */
  record Deposit(Address from, Address to, long gwei) implements Input {}

  /** The sequencer posts its batch {@code seq} to the inbox. */
  record PostBatch(long seq, byte[] data) implements Input {}

  /** A signed L2 transaction sent to the inbox's forced queue by {@code from}. */
  record Force(Address from, byte[] raw) implements Input {}

  /** The proposer's next proposal carries a wrong withdrawal root (dev only). */
  record Forge() implements Input {}

  /** Claims withdrawal {@code index} on L1 against final proposal {@code proposal}. */
  record Finalize(
      Address from, long proposal, long index, Address recipient, long gwei, List<Bytes32> proof)
      implements Input {}

  /** A journaled input with its L1 time in microseconds. */
  record Entry(long micros, Input input) {}

  static byte[] key(long seq) {
    return ByteBuffer.allocate(10).put((byte) 'L').put((byte) 'i').putLong(seq).array();
  }

  static byte[] prefix() {
    return new byte[] {'L', 'i'};
  }

  static byte[] genesisKey() {
    return new byte[] {'L', 'g'};
  }

  static byte[] encode(long micros, Input in) {
    ByteBuffer b;
    switch (in) {
      case Fund f -> {
        byte[] v = f.amount().value().toByteArray();
        b = ByteBuffer.allocate(9 + 20 + 4 + v.length).putLong(micros).put((byte) 'F');
        b.put(f.to().toArray()).putInt(v.length).put(v);
      }
      case Deposit d -> {
        b = ByteBuffer.allocate(9 + 48).putLong(micros).put((byte) 'D');
        b.put(d.from().toArray()).put(d.to().toArray()).putLong(d.gwei());
      }
      case PostBatch p -> {
        b = ByteBuffer.allocate(9 + 8 + p.data().length).putLong(micros).put((byte) 'B');
        b.putLong(p.seq()).put(p.data());
      }
      case Force f -> {
        b = ByteBuffer.allocate(9 + 20 + f.raw().length).putLong(micros).put((byte) 'X');
        b.put(f.from().toArray()).put(f.raw());
      }
      case Forge g -> b = ByteBuffer.allocate(9).putLong(micros).put((byte) 'G');
      case Finalize f -> {
        b = ByteBuffer.allocate(9 + 20 + 24 + 20 + 8 + 4 + 32 * f.proof().size());
        b.putLong(micros).put((byte) 'W').put(f.from().toArray());
        b.putLong(f.proposal()).putLong(f.index()).put(f.recipient().toArray()).putLong(f.gwei());
        b.putInt(f.proof().size());
        for (Bytes32 h : f.proof()) {
          b.put(h.toArray());
        }
      }
    }
    return b.array();
  }

  static Entry decode(byte[] v) {
    ByteBuffer b = ByteBuffer.wrap(v);
    long micros = b.getLong();
    byte kind = b.get();
    Input in =
        switch (kind) {
          case 'F' -> {
            Address to = address(b);
            byte[] amt = new byte[b.getInt()];
            b.get(amt);
            yield new Fund(to, new Wei(new BigInteger(amt)));
          }
          case 'D' -> new Deposit(address(b), address(b), b.getLong());
          case 'B' -> {
            long seq = b.getLong();
            byte[] data = new byte[b.remaining()];
            b.get(data);
            yield new PostBatch(seq, data);
          }
          case 'X' -> {
            Address from = address(b);
            byte[] raw = new byte[b.remaining()];
            b.get(raw);
            yield new Force(from, raw);
          }
          case 'G' -> new Forge();
          case 'W' -> {
            Address from = address(b);
            long proposal = b.getLong();
            long index = b.getLong();
            Address to = address(b);
            long gwei = b.getLong();
            int n = b.getInt();
            List<Bytes32> proof = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              byte[] h = new byte[32];
              b.get(h);
              proof.add(Bytes32.wrap(h));
            }
            yield new Finalize(from, proposal, index, to, gwei, proof);
          }
          default -> throw new IllegalStateException("unknown L1 input kind " + kind);
        };
    return new Entry(micros, in);
  }

  private static Address address(ByteBuffer b) {
    byte[] a = new byte[20];
    b.get(a);
    return Address.wrap(a);
  }
}
