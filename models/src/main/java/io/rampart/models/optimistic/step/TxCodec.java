package io.rampart.models.optimistic.step;

import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes a one-step proof carries for one L2 transaction: a kind byte, then for a user transfer
 * its signed encoding, for a deposit {@code id ‖ l1Block ‖ to ‖ amount}, for a forced transaction
 * {@code id ‖ l1Block ‖ deadline ‖ raw}. Decoding a user or forced transaction recovers its sender
 * from the signature.
 */
public final class TxCodec {
  static final byte USER = 1;
  static final byte DEPOSIT = 2;
  static final byte FORCED = 3;

  private TxCodec() {}

  public static byte[] encode(L2Tx tx) {
    return switch (tx) {
      case L2Tx.UserTx u -> {
        byte[] raw = u.signed().encoded();
        byte[] out = new byte[raw.length + 1];
        out[0] = USER;
        System.arraycopy(raw, 0, out, 1, raw.length);
        yield out;
      }
      case L2Tx.Deposit d ->
          ByteBuffer.allocate(1 + 16 + 20 + 8)
              .put(DEPOSIT)
              .putLong(d.id())
              .putLong(d.l1Block())
              .put(d.to().toBytes())
              .putLong(d.amountGwei())
              .array();
      case L2Tx.Forced f -> {
        byte[] raw = f.raw();
        yield ByteBuffer.allocate(1 + 24 + raw.length)
            .put(FORCED)
            .putLong(f.id())
            .putLong(f.l1Block())
            .putLong(f.deadline())
            .put(raw)
            .array();
      }
    };
  }

  /** Decodes; empty when malformed or (for a user transfer) its signature does not check. */
  public static Optional<L2Tx> decode(ChainConfig cfg, byte[] data, Ecdsa ecdsa) {
    if (data.length < 1) {
      return Optional.empty();
    }
    byte[] body = Arrays.copyOfRange(data, 1, data.length);
    ByteBuffer b = ByteBuffer.wrap(body);
    switch (data[0]) {
      case USER -> {
        return TxChecks.check(cfg, body, ecdsa) instanceof Checked.Ok(L2Tx.UserTx u)
            ? Optional.of(u)
            : Optional.empty();
      }
      case DEPOSIT -> {
        if (body.length != 44) {
          return Optional.empty();
        }
        long id = b.getLong();
        long l1Block = b.getLong();
        byte[] to = new byte[20];
        b.get(to);
        return Optional.of(
            new L2Tx.Deposit(id, l1Block, Address.fromBytes(to).orElseThrow(), b.getLong()));
      }
      case FORCED -> {
        if (body.length < 25) {
          return Optional.empty();
        }
        long id = b.getLong();
        long l1Block = b.getLong();
        long deadline = b.getLong();
        return Optional.of(
            new L2Tx.Forced(id, l1Block, deadline, Arrays.copyOfRange(body, 24, body.length)));
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
