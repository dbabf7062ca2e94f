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

  Token(Kind kind, int start, int end, String text, boolean spaceBefore) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    this.spaceBefore = spaceBefore;
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
