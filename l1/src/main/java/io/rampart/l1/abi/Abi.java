package io.rampart.l1.abi;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.l1.core.Address;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Solidity ABI encoding of calls, enough for the L1's contracts: a 4-byte selector, then
 * 32-byte head words for {@code uint256}, {@code bytes32} and {@code address} arguments, and an
 * offset word per {@code bytes} argument whose length and zero-padded content follow in the tail.
 * Exact encoding matters because intrinsic gas is charged per calldata byte.
 */
public final class Abi {

  private Abi() {}

  /** keccak256(signature)[0..4], for example {@code selector("deposit(address)")}. */
  public static byte[] selector(String signature) {
    return Arrays.copyOf(Keccak256.digest(signature.getBytes(StandardCharsets.UTF_8)).toArray(), 4);
  }

  /** keccak256(signature): topic 0 of an event. */
  public static Bytes32 eventTopic(String signature) {
    return Keccak256.digest(signature.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Encodes a call. Arguments may be {@link Long} (uint256), {@link Bytes32}, {@link Address} or
   * {@code byte[]} (dynamic bytes).
   */
  public static byte[] encodeCall(String signature, Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(selector(signature));
    out.writeBytes(encode(args));
    return out.toByteArray();
  }

  /** Encodes arguments as a tuple (no selector); also the layout of event data. */
  public static byte[] encode(Object... args) {
    List<byte[]> tails = new ArrayList<>();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    long tailOffset = 32L * args.length;
    for (Object a : args) {
      switch (a) {
        case Long v -> head.writeBytes(uint(v));
        case Integer v -> head.writeBytes(uint(v));
        case Bytes32 v -> head.writeBytes(v.toArray());
        case Address v -> {
          byte[] w = new byte[32];
          v.copyTo(w, 12);
          head.writeBytes(w);
        }
        case byte[] v -> {
          head.writeBytes(uint(tailOffset));
          byte[] t = new byte[32 + padded(v.length)];
          System.arraycopy(uint(v.length), 0, t, 0, 32);
          System.arraycopy(v, 0, t, 32, v.length);
          tails.add(t);
          tailOffset += t.length;
        }
        default -> throw new IllegalArgumentException("unsupported ABI type: " + a.getClass());
      }
    }
    for (byte[] t : tails) {
      head.writeBytes(t);
    }
    return head.toByteArray();
  }

  /** Reads head word {@code index} of a tuple as a uint256 that fits a long. */
  public static long readUint(byte[] tuple, int index) {
    byte[] w = Arrays.copyOfRange(tuple, 32 * index, 32 * index + 32);
    return new java.math.BigInteger(1, w).longValueExact();
  }

  public static Bytes32 readBytes32(byte[] tuple, int index) {
    return Bytes32.wrap(Arrays.copyOfRange(tuple, 32 * index, 32 * index + 32));
  }

  public static Address readAddress(byte[] tuple, int index) {
    return Address.wrap(Arrays.copyOfRange(tuple, 32 * index + 12, 32 * index + 32));
  }

  /** Reads the dynamic {@code bytes} argument whose offset is in head word {@code index}. */
  public static byte[] readBytes(byte[] tuple, int index) {
    int offset = Math.toIntExact(readUint(tuple, index));
    int len =
        Math.toIntExact(
            new java.math.BigInteger(1, Arrays.copyOfRange(tuple, offset, offset + 32))
                .longValueExact());
    return Arrays.copyOfRange(tuple, offset + 32, offset + 32 + len);
  }

  private static int padded(int len) {
    return (len + 31) / 32 * 32;
  }

  private static byte[] uint(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative uint: " + v);
    }
    byte[] w = new byte[32];
    for (int i = 0; i < 8; i++) {
      w[31 - i] = (byte) (v >>> (8 * i));
    }
    return w;
  }
}
