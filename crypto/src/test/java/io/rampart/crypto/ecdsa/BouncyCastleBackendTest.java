package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BouncyCastleBackendTest extends Secp256k1BackendContract {

  @Override
  Secp256k1Backend backend() {
    return BouncyCastleBackend.INSTANCE;
  }

  static java.util.List<BitcoinjsVectors.Nonce> nonces() {
    return BitcoinjsVectors.nonces();
  }

  @ParameterizedTest
  @MethodSource("nonces")
  void firstRfc6979NonceMatchesBitcoinjs(BitcoinjsVectors.Nonce v) {
    assertThat(BouncyCastleBackend.firstNonce(v.hash(), v.key())).isEqualTo(v.k0());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void nonceOfSigningVectorsMatchesBitcoinjs(BitcoinjsVectors.Valid v) {
    assertThat(BouncyCastleBackend.firstNonce(v.hash(), v.key())).isEqualTo(v.k());
  }
}
