package org.casualtyclaims.engine.place.lexicon;

/**
 * {@link Character}'s letter, digit and upper-case tests, answered for ASCII from a table: the
 * place scanner splits every sentence it reads into words.
 */
final class CharClass {
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
  static boolean letterOrDigit(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean letter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** {@link Character#isUpperCase(char)}. */
  static boolean upperCase(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
  }
}
