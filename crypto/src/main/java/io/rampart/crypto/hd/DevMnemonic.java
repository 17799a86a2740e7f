package io.rampart.crypto.hd;

import io.rampart.crypto.ecdsa.PrivateKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Ethereum accounts from a BIP-39 mnemonic along BIP-44 path {@code m/44'/60'/0'/0/i}, as wallets,
 * anvil and Hardhat derive them.
 */
public final class DevMnemonic {
  /**
   * The public test mnemonic that anvil and Hardhat fund by default. Never hold real funds with it.
   */
  public static final String TEST_MNEMONIC =
      "test test test test test test test test test test test junk";

  /** Ethereum's account path without the last index. */
  public static final String ETHEREUM_PATH = "m/44'/60'/0'/0";

  private DevMnemonic() {}

  /** The first {@code count} account keys of {@code mnemonic} (no passphrase). */
  public static List<PrivateKey> accounts(String mnemonic, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    ExtendedKey parent = ExtendedKey.master(Bip39.seed(mnemonic, "")).derive(ETHEREUM_PATH);
    List<PrivateKey> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(parent.child(i).privateKey());
    }
    return out;
  }
}
