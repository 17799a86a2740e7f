package io.rampart.crypto.ecdsa;

/** Hex digit checks that never throw. */
final class Hex {
  private Hex() {}

  /** Whether every character is an ASCII hex digit (either case). */
  static boolean isHex(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean lower = c >= 'a' && c <= 'f';
      boolean upper = c >= 'A' && c <= 'F';
      if (!(digit || lower || upper)) {
        return false;
      }
    }
    return true;
  }
}
