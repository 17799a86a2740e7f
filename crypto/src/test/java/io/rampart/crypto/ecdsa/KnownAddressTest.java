package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses of well-known keys (sources in resources/ecdsa/SOURCES.md), on every backend. */
class KnownAddressTest {

  @ParameterizedTest
  @CsvSource({
    "0x0000000000000000000000000000000000000000000000000000000000000001,"
        + "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80,"
        + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  })
  void addressOfKnownKey(String privateKey, String address) {
    PrivateKey key = PrivateKey.fromHex(privateKey).orElseThrow();
    for (Secp256k1Backend backend : Backends.all()) {
      Address derived = backend.derivePublicKey(key).address();
      assertThat(derived.toString()).as(backend.name()).isEqualTo(address);
    }
    assertThat(key.address().toString()).isEqualTo(address);
  }
}
