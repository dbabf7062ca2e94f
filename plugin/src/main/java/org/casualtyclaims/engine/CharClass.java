package org.casualtyclaims.engine;

/**
 * {@link Character}'s letter, digit and upper-case tests, answered for ASCII from a table: the
 * place, date and scope scanners classify every character of the sentences they read.
 */
public final class CharClass {
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte UPPER = 4;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
          | (Character.isUpperCase(c) ? UPPER : 0));
    }
  }

  private CharClass() {}

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean letterOrDigit(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean letter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** {@link Character#isUpperCase(char)}. */
  public static boolean upperCase(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  /** {@link Character#isDigit(char)}. */
  public static boolean digit(char c) {
    return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
  }
}
