package io.rampart.node.rpc;

import io.rampart.node.devnet.ChainReader;
import java.math.BigInteger;

/**
 * A block parameter: {@code latest}, {@code pending}, {@code safe}, {@code finalized}, {@code
 * earliest} or a number. The devnet keeps only the latest state, so state reads accept the head (by
 * tag or number) and refuse older blocks.
 */
public final class BlockTag {
  private BlockTag() {}

  /** The block number {@code params[i]} names (default {@code latest}); -1 for beyond the head. */
  public static long number(Params params, int i, ChainReader reader) {
    long head = reader.head().number();
    if (!params.has(i)) {
      return head;
    }
    String s = params.string(i);
    return switch (s) {
      case "latest", "pending", "safe", "finalized" -> head;
      case "earliest" -> 0;
      default -> {
        BigInteger n = Hex.parseQuantity(s, params.method() + " block");
        yield n.bitLength() > 62 || n.longValueExact() > head ? -1 : n.longValueExact();
      }
    };
  }

  /** Refuses any block but the head for a state read. */
  public static void requireHeadState(Params params, int i, ChainReader reader) {
    long n = number(params, i, reader);
    if (n != reader.head().number()) {
      throw new RpcException(
          RpcError.of(
              RpcError.SERVER_ERROR,
              "state of block "
                  + (n < 0 ? params.string(i) : n)
                  + " is not available: this node keeps only the latest state"));
    }
  }
}
