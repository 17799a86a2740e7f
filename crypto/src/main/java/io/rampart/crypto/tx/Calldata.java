package io.rampart.crypto.tx;

import java.util.Arrays;
import java.util.HexFormat;

/** The immutable data (input) bytes of a transaction. */
public final class Calldata {
  public static final Calldata EMPTY = new Calldata(new byte[0]);

  private final byte[] bytes;

  private Calldata(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Calldata of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Calldata(bytes.clone());
  }

  public static Calldata fromHex(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    return of(HexFormat.of().parseHex(digits));
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Calldata other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return bytes.length <= 64
        ? toHex()
        : toHex().substring(0, 130) + "…(" + bytes.length + " bytes)";
  }
}
