package io.rampart.crypto.tx;

import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Signature;
import io.rampart.crypto.rlp.Rlp;
import io.rampart.crypto.rlp.RlpItem;
import io.rampart.crypto.rlp.RlpList;
import io.rampart.crypto.rlp.RlpString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Canonical encodings of transactions, for signing (EIP-155, EIP-1559) and for sending. */
final class TransactionEncoder {
  private TransactionEncoder() {}

  static byte[] signingPayload(Transaction tx) {
    return switch (tx) {
      case LegacyTransaction t -> {
        List<RlpItem> fields = legacyBody(t);
        if (t.chainId().isPresent()) {
          fields.add(RlpString.ofUnsigned(t.chainId().getAsLong()));
          fields.add(RlpString.EMPTY);
          fields.add(RlpString.EMPTY);
        }
        yield Rlp.encode(new RlpList(fields));
      }
      case DynamicFeeTransaction t -> typed(2, dynamicFeeBody(t));
    };
  }

  static byte[] signed(Transaction tx, Signature sig) {
    return switch (tx) {
      case LegacyTransaction t -> {
        List<RlpItem> fields = legacyBody(t);
        fields.add(RlpString.ofUnsigned(legacyV(t, sig.recoveryId())));
        addRs(fields, sig);
        yield Rlp.encode(new RlpList(fields));
      }
      case DynamicFeeTransaction t -> {
        List<RlpItem> fields = dynamicFeeBody(t);
        fields.add(RlpString.ofUnsigned(sig.recoveryId()));
        addRs(fields, sig);
        yield typed(2, fields);
      }
    };
  }

  /** v of a legacy signature: 27/28 without chain id, chainId * 2 + 35/36 with one. */
  static long legacyV(LegacyTransaction t, int recId) {
    return t.chainId().isPresent() ? t.chainId().getAsLong() * 2 + 35 + recId : 27 + recId;
  }

  private static List<RlpItem> legacyBody(LegacyTransaction t) {
    List<RlpItem> f = new ArrayList<>(9);
    f.add(RlpString.ofUnsigned(t.nonce()));
    f.add(RlpString.ofUnsigned(t.gasPrice()));
    f.add(RlpString.ofUnsigned(t.gasLimit()));
    f.add(recipient(t.to()));
    f.add(RlpString.ofUnsigned(t.value()));
    f.add(RlpString.of(t.data().toArray()));
    return f;
  }

  private static List<RlpItem> dynamicFeeBody(DynamicFeeTransaction t) {
    List<RlpItem> f = new ArrayList<>(12);
    f.add(RlpString.ofUnsigned(t.chainId()));
    f.add(RlpString.ofUnsigned(t.nonce()));
    f.add(RlpString.ofUnsigned(t.maxPriorityFeePerGas()));
    f.add(RlpString.ofUnsigned(t.maxFeePerGas()));
    f.add(RlpString.ofUnsigned(t.gasLimit()));
    f.add(recipient(t.to()));
    f.add(RlpString.ofUnsigned(t.value()));
    f.add(RlpString.of(t.data().toArray()));
    List<RlpItem> entries = new ArrayList<>(t.accessList().size());
    for (AccessListEntry e : t.accessList()) {
      List<RlpItem> keys = new ArrayList<>(e.storageKeys().size());
      e.storageKeys().forEach(k -> keys.add(RlpString.of(k.toArray())));
      entries.add(RlpList.of(RlpString.of(e.address().toBytes()), new RlpList(keys)));
    }
    f.add(new RlpList(entries));
    return f;
  }

  private static RlpString recipient(Optional<Address> to) {
    return to.map(a -> RlpString.of(a.toBytes())).orElse(RlpString.EMPTY);
  }

  private static void addRs(List<RlpItem> fields, Signature sig) {
    fields.add(RlpString.ofUnsigned(sig.rValue()));
    fields.add(RlpString.ofUnsigned(sig.sValue()));
  }

  private static byte[] typed(int type, List<RlpItem> fields) {
    byte[] body = Rlp.encode(new RlpList(fields));
    byte[] out = new byte[body.length + 1];
    out[0] = (byte) type;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }
}
