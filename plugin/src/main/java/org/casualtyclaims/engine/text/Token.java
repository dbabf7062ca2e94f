package org.casualtyclaims.engine.text;

import java.util.Locale;

/**
 * One token of a sentence, with its character offsets in the field text. The token's text and
 * lower-case form are cut from the field only when a stage asks for them, and not kept: most words
 * are only ever looked at through their {@link WordInfo} (whose word is their lower case), {@link
 * #is} compares in place, and a token without a cache of its own takes 32 bytes instead of 40 (the
 * engine makes one for every word it reads).
 */
public final class Token {
  /** The kinds of token, a byte each rather than an enum reference: tokens are many. */
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;

  final byte kind;
  public final int start;
  public final int end;
  /** True when whitespace separates this token from the previous one (or it starts the text). */
  public final boolean spaceBefore;
  /** What the lexicons say of the word; {@link WordInfo#NONE} when nothing (or no table). */
  public final WordInfo info;
  /** A word written with dots: an initialism such as "U.N." or "a.m.". */
  public final boolean dotted;
  private final String source;

  Token(byte kind, String source, int start, int end, boolean spaceBefore, WordInfo info,
      boolean dotted) {
    this.kind = kind;
    this.source = source;
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.info = info;
    this.dotted = dotted;
  }

  public String text() {
    return source.substring(start, end);
  }

  /** Lower case (Locale.ROOT), with the typographic apostrophe read as "'". */
  public String lower() {
    return info.word != null ? info.word : lowerCase(text());
  }

  /** Lower case with the typographic apostrophe folded; no copy when already lower-case ASCII. */
  static String lowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 127) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      }
    }
    return text;
  }

  public boolean isWord() {
    return kind == WORD;
  }

  public boolean isNumber() {
    return kind == NUMBER;
  }

  public boolean isPunct() {
    return kind == PUNCT;
  }

  /**
   * Whether the token, in lower case, is {@code lowerText}; compares in place when it can. The
   * hottest call of the engine: its loop is written out rather than shared with {@link #foldedAt},
   * which measured about 5% slower over the benchmark corpus.
   */
  public boolean is(String lowerText) {
    if (info.word != null) {
      return info.word.equals(lowerText);
    }
    if (end - start != lowerText.length()) {
      return false;
    }
    for (int i = 0; i < lowerText.length(); i++) {
      char c = source.charAt(start + i);
      if (c >= 128) {
        return lower().equals(lowerText);
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lowerText.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token, in lower case, starts with {@code lowerText}; compares in place when it can. */
  public boolean startsWith(String lowerText) {
    if (info.word == null && end - start >= lowerText.length()) {
      int r = foldedAt(0, lowerText);
      if (r != NOT_ASCII) {
        return r == 1;
      }
    }
    return lower().startsWith(lowerText);
  }

  /** Whether the token, in lower case, ends with {@code lowerText}; compares in place when it can. */
  public boolean endsWith(String lowerText) {
    if (info.word == null && end - start >= lowerText.length()) {
      int r = foldedAt(end - start - lowerText.length(), lowerText);
      if (r != NOT_ASCII) {
        return r == 1;
      }
    }
    return lower().endsWith(lowerText);
  }

  private static final int NOT_ASCII = -1;

  /**
   * 1 when {@code lowerText} stands at {@code offset} of the token, ASCII letters folded; 0 when
   * it does not; {@link #NOT_ASCII} when a character beyond ASCII comes first, which only the
   * lower-case form can answer.
   */
  private int foldedAt(int offset, String lowerText) {
    for (int i = 0; i < lowerText.length(); i++) {
      char c = source.charAt(start + offset + i);
      if (c >= 128) {
        return NOT_ASCII;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lowerText.charAt(i)) {
        return 0;
      }
    }
    return 1;
  }

  /** The character at {@code i} of the token's text, read in place. */
  public char charAt(int i) {
    return source.charAt(start + i);
  }

  /** Whether this token follows {@code previous} directly or after one plain space. */
  public boolean followsClosely(Token previous) {
    int gap = start - previous.end;
    return gap == 0 || (gap == 1 && source.charAt(previous.end) == ' ');
  }

  /** The text from this token's start to the end of {@code last}, as written. */
  public String textThrough(Token last) {
    return source.substring(start, last.end);
  }

  /** Whether the token is written exactly {@code written}; compares in place. */
  public boolean textIs(String written) {
    return written.length() == end - start && source.startsWith(written, start);
  }

  /** A double quotation mark: straight, opening or closing. */
  public boolean isDoubleQuote() {
    return kind == PUNCT && (is("\"") || is("\u201C") || is("\u201D"));
  }

  /**
   * Starts with an upper-case letter, or with an elided French article or "de" before one:
   * "l'Homme", "d'Ivoire" are the capitalised words of "Droits de l'Homme", "Cote d'Ivoire".
   */
  public boolean isCapitalized() {
    if (kind != WORD) {
      return false;
    }
    int first = start;
    char c = source.charAt(first);
    if ((c == 'l' || c == 'd') && end - start > 2 && isApostrophe(source.charAt(start + 1))) {
      first = start + 2;
      c = source.charAt(first);
    }
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(source.codePointAt(first));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** The number of characters. */
  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return text();
  }
}
