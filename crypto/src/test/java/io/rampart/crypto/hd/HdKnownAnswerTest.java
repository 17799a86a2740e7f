package io.rampart.crypto.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.ecdsa.PrivateKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class HdKnownAnswerTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void bip32Vectors1And2() throws Exception {
    int checked = 0;
    byte[] seed = null;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("bip32-vectors.txt")),
                StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" ");
        if (f[0].equals("seed")) {
          seed = HEX.parseHex(f[1]);
          continue;
        }
        ExtendedKey k = ExtendedKey.master(seed).derive(f[0]);
        assertThat(HEX.formatHex(k.key())).as(f[0] + " key").isEqualTo(f[1]);
        assertThat(HEX.formatHex(k.chainCode())).as(f[0] + " chain code").isEqualTo(f[2]);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(12);
  }

  /** Trezor python-mnemonic vectors.json, "english", entries 0 and 1 (passphrase "TREZOR"). */
  @Test
  void bip39SeedsFromTrezorVectors() {
    assertThat(
            HEX.formatHex(
                Bip39.seed(
                    "abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                        + " abandon abandon about",
                    "TREZOR")))
        .isEqualTo(
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e5349553"
                + "1f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
    assertThat(
            HEX.formatHex(
                Bip39.seed(
                    "legal winner thank year wave sausage worth useful legal winner thank yellow",
                    "TREZOR")))
        .isEqualTo(
            "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6f"
                + "a457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607");
  }

  /**
   * anvil's and Hardhat's default accounts 0 and 1 for the test mnemonic (Foundry book, "anvil";
   * Hardhat Network reference, default accounts).
   */
  @Test
  void anvilDevAccounts() {
    List<PrivateKey> keys = DevMnemonic.accounts(DevMnemonic.TEST_MNEMONIC, 2);
    assertThat(keys.get(0).address().toChecksumHex())
        .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(HEX.formatHex(keys.get(0).toBytes()))
        .isEqualTo("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(keys.get(1).address().toChecksumHex())
        .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  }

  @Test
  void oneBitOfSeedOrPassphraseChangesEverything() {
    byte[] seed = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    byte[] flipped = seed.clone();
    flipped[15] ^= 1;
    assertThat(ExtendedKey.master(flipped).key()).isNotEqualTo(ExtendedKey.master(seed).key());
    assertThat(Bip39.seed("test", "a")).isNotEqualTo(Bip39.seed("test", "b"));
  }

  @Test
  void badPathsAreRefused() {
    ExtendedKey m = ExtendedKey.master(new byte[16]);
    assertThatThrownBy(() -> m.derive("x/1")).hasMessageContaining("start with m");
    assertThatThrownBy(() -> m.derive("m/1x")).hasMessageContaining("bad path element");
    assertThatThrownBy(() -> m.derive("m/2147483648")).hasMessageContaining("too large");
    assertThatThrownBy(() -> m.child(-1)).hasMessageContaining("out of range");
  }
}
