package io.rampart.chain.tx;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;

/**
 * Wire form of system transactions: {@code 0x7e || rlp([kind, id, l1Block, ...])} with kind 1 for a
 * deposit ({@code [1, id, l1Block, to, amountGwei]}) and 2 for a forced transaction ({@code [2, id,
 * l1Block, deadline, raw]}). 0x7e is the EIP-2718 type the OP Stack uses for its deposit
 * transactions; no user transaction can carry it, so system and user hashes never collide.
 */
public final class SystemTxCodec {
  public static final int TYPE = 0x7e;

  private SystemTxCodec() {}

  public static byte[] encode(L2Tx.Deposit d) {
    return typed(
        RlpList.of(
            RlpString.ofUnsigned(1),
            RlpString.ofUnsigned(d.id()),
            RlpString.ofUnsigned(d.l1Block()),
            RlpString.of(d.to().toBytes()),
            RlpString.ofUnsigned(new java.math.BigInteger(Long.toUnsignedString(d.amountGwei())))));
  }

  public static byte[] encode(L2Tx.Forced f) {
    return typed(
        RlpList.of(
            RlpString.ofUnsigned(2),
            RlpString.ofUnsigned(f.id()),
            RlpString.ofUnsigned(f.l1Block()),
            RlpString.ofUnsigned(f.deadline()),
            RlpString.of(f.raw())));
  }

  static Bytes32 hash(L2Tx.Deposit d) {
    return Keccak256.digest(encode(d));
  }

  static Bytes32 hash(L2Tx.Forced f) {
    return Keccak256.digest(encode(f));
  }

  private static byte[] typed(RlpList body) {
    byte[] b = Rlp.encode(body);
    byte[] out = new byte[b.length + 1];
    out[0] = (byte) TYPE;
    System.arraycopy(b, 0, out, 1, b.length);
    return out;
  }
}
