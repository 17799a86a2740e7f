package io.rampart.crypto.ecdsa;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Sha256;
import io.rampart.crypto.rlp.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The bitcoinjs-lib ECDSA fixtures (see resources/ecdsa/SOURCES.md). */
final class BitcoinjsVectors {
  private BitcoinjsVectors() {}

  /** A valid signing vector: key, SHA-256 of the message, RFC 6979 nonce, low-s (r, s), recid. */
  record Valid(
      String message,
      PrivateKey key,
      Bytes32 hash,
      BigInteger k,
      BigInteger r,
      BigInteger s,
      int i) {
    @Override
    public String toString() {
      return message;
    }
  }

  /** An RFC 6979 nonce vector: the first nonce k0 for (key, SHA-256 of message). */
  record Nonce(String message, PrivateKey key, Bytes32 hash, BigInteger k0) {
    @Override
    public String toString() {
      return message;
    }
  }

  private static Map<String, Object> valid() {
    return Json.object(Json.object(Json.resource("/ecdsa/bitcoinjs-ecdsa.json")).get("valid"));
  }

  static List<Valid> signing() {
    return Json.array(valid().get("ecdsa")).stream()
        .map(Json::object)
        .map(
            m -> {
              String message = (String) m.get("message");
              byte[] der = HexFormat.of().parseHex((String) m.get("signature"));
              BigInteger[] rs = parseDer(der);
              return new Valid(
                  message,
                  key((String) m.get("d")),
                  sha256(message),
                  new BigInteger((String) m.get("k"), 16),
                  rs[0],
                  rs[1],
                  ((BigInteger) m.get("i")).intValueExact());
            })
        .toList();
  }

  static List<Nonce> nonces() {
    return Json.array(valid().get("rfc6979")).stream()
        .map(Json::object)
        .map(
            m -> {
              String message = (String) m.get("message");
              return new Nonce(
                  message,
                  key((String) m.get("d")),
                  sha256(message),
                  new BigInteger((String) m.get("k0"), 16));
            })
        .toList();
  }

  static PrivateKey key(String hex) {
    return PrivateKey.fromBytes(Curve.toBytes32(new BigInteger(hex, 16))).orElseThrow();
  }

  static Bytes32 sha256(String message) {
    return Sha256.digest(message.getBytes(StandardCharsets.UTF_8));
  }

  /** (r, s) from a DER SEQUENCE of two INTEGERs with short-form lengths. */
  static BigInteger[] parseDer(byte[] der) {
    if (der[0] != 0x30 || der[1] != der.length - 2 || der[2] != 0x02) {
      throw new IllegalArgumentException("not a DER ECDSA signature");
    }
    int rLen = der[3];
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, 4, 4 + rLen));
    int sAt = 4 + rLen;
    if (der[sAt] != 0x02) {
      throw new IllegalArgumentException("not a DER ECDSA signature");
    }
    int sLen = der[sAt + 1];
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, sAt + 2, sAt + 2 + sLen));
    return new BigInteger[] {r, s};
  }
}
