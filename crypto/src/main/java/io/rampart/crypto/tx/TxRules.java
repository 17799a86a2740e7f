package io.rampart.crypto.tx;

/**
 * What a decoder accepts: the chain id every signature must commit to, whether pre-EIP-155 legacy
 * transactions (no chain id) are allowed, and the largest encoding in bytes.
 */
public record TxRules(long chainId, boolean allowUnprotectedLegacy, int maxEncodedBytes) {
  /** 128 KiB, go-ethereum's transaction pool limit. */
  public static final int DEFAULT_MAX_ENCODED_BYTES = 128 * 1024;

  public TxRules {
    Uint.chainId(chainId);
    if (maxEncodedBytes < 1) {
      throw new IllegalArgumentException("maxEncodedBytes must be positive");
    }
  }

  /** Strict rules for a chain: EIP-155 required, 128 KiB limit. */
  public static TxRules forChain(long chainId) {
    return new TxRules(chainId, false, DEFAULT_MAX_ENCODED_BYTES);
  }

  /** The same rules, also accepting pre-EIP-155 legacy transactions. */
  public TxRules allowingUnprotectedLegacy() {
    return new TxRules(chainId, true, maxEncodedBytes);
  }
}
