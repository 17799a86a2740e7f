package io.rampart.crypto.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeBackendTest extends Secp256k1BackendContract {
  private static final NativeBackend BACKEND = Backends.nativeBackend();

  @Override
  Secp256k1Backend backend() {
    return BACKEND;
  }

  @Test
  void isNamedAfterTheLibrary() {
    assertThat(BACKEND.name()).isEqualTo("libsecp256k1");
  }
}
