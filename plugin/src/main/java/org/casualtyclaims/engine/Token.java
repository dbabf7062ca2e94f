package org.casualtyclaims.engine;

import java.util.Locale;

/** One token of a sentence, with its character offsets in the field text. */
final class Token {
  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  final Kind kind;
  final int start;
  final int end;
  final String text;
  final String lower;
  /** True when whitespace separates this token from the previous one (or it starts the text). */
  final boolean spaceBefore;
  /** What the lexicons say of the word; {@link WordInfo#NONE} when nothing (or no table). */
  final WordInfo info;

  Token(Kind kind, int start, int end, String text, boolean spaceBefore, WordTable words) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lowerCase(text);
    this.spaceBefore = spaceBefore;
    this.info = words == null || kind == Kind.NUMBER ? WordInfo.NONE : words.get(lower);
  }

  /** A known word: its lower case and info come from the table; its text is shared when equal. */
  Token(Kind kind, int start, int end, String text, boolean spaceBefore, String lower,
      WordInfo info) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.spaceBefore = spaceBefore;
    this.info = info;
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

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** Starts with an upper-case letter. */
  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  @Override
  public String toString() {
    return text;
  }
}
