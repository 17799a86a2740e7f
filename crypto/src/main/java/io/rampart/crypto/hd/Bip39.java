package io.rampart.crypto.hd;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * BIP-39 seed derivation: PBKDF2-HMAC-SHA512 over the NFKD-normalised mnemonic, salt {@code
 * "mnemonic" + passphrase}, 2048 rounds, 64 bytes. The words are not checked against a word list:
 * the seed is defined for any sentence, and this node only derives keys from known phrases.
 */
public final class Bip39 {
  private static final int ROUNDS = 2048;

  private Bip39() {}

  /** The 64-byte seed of {@code mnemonic} with {@code passphrase} (empty for none). */
  public static byte[] seed(String mnemonic, String passphrase) {
    byte[] password = nfkd(mnemonic);
    byte[] salt = nfkd("mnemonic" + passphrase);
    PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA512Digest());
    gen.init(password, salt, ROUNDS);
    return ((KeyParameter) gen.generateDerivedParameters(512)).getKey();
  }

  private static byte[] nfkd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
  }
}
