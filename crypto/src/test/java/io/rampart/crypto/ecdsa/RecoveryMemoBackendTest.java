package io.rampart.crypto.ecdsa;

/** The memo meets the whole backend contract (run with room for four, so it forgets often). */
class RecoveryMemoBackendTest extends Secp256k1BackendContract {
  private final RecoveryMemo memo = new RecoveryMemo(Backends.nativeBackend(), 4);

  @Override
  Secp256k1Backend backend() {
    return memo;
  }
}
