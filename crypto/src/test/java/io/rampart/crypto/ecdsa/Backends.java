package io.rampart.crypto.ecdsa;

import java.util.List;

/** Both backends, for tests that must hold for each. The native one must load on build hosts. */
final class Backends {
  private Backends() {}

  static NativeBackend nativeBackend() {
    return switch (NativeBackend.load()) {
      case NativeBackend.Loaded.Available(NativeBackend b) -> b;
      case NativeBackend.Loaded.Unavailable(String reason) ->
          throw new AssertionError("libsecp256k1 must load on the build platform: " + reason);
    };
  }

  static List<Secp256k1Backend> all() {
    return List.of(BouncyCastleBackend.INSTANCE, nativeBackend());
  }
}
