package org.casualtyclaims.engine.text;

/**
 * Splits a span of text into words, numbers and punctuation in one linear pass.
 *
 * <p>Numbers keep their grouping: "1,000" and "790 000" are one token each, "1.2" is one token.
 * A possessive "'s" is its own token, so "Korea's" yields "Korea" and "'s". Initialisms such as
 * "U.S." and "a.m." stay whole. Control characters count as spaces.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static Tokens tokenize(String text, int from, int to) {
    return tokenize(text, from, to, null);
  }

  /** Tokenises, looking each word up in {@code words} (null: no look-up). */
  public static Tokens tokenize(String text, int from, int to, WordTable words) {
    Tokens tokens = new Tokens((to - from) / 4);
    long[] packed = new long[1]; // the table code of the current plain word
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ') {
        space = true; // the commonest character after a letter: no code point, no table
        i++;
        continue;
      }
      if (c < 128 && isAsciiLetter(c)) {
        // the common case: a word of ASCII letters and digits, coded for the table as it is read
        int end = scanAsciiWord(text, i, to, packed);
        char e = end < to ? text.charAt(end) : 0;
        if (end < to && (e == '.' || e == '\'' || e >= 128)) {
          end = scanWord(text, i, to); // an initialism, an apostrophe or a letter beyond ASCII
          add(tokens, Token.WORD, text, i, end, space, words,
              words == null ? WordTable.ABSENT : words.find(text, i, end), hasDot(text, i, end));
        } else if (words != null && end - i <= WordTable.MAX_PACKED) {
          addEntry(tokens, Token.WORD, text, i, end, space, words.packed(packed[0]), false);
        } else {
          add(tokens, Token.WORD, text, i, end, space, words,
              words == null ? WordTable.ABSENT : words.find(text, i, end), false);
        }
        space = false;
        i = end;
        continue;
      }
      int cp = c < 128 ? c : text.codePointAt(i);
      if (isSpace(cp)) {
        space = true;
        i += Character.charCount(cp);
        continue;
      }
      int end;
      byte kind;
      if (isDigit(cp)) {
        end = scanNumber(text, i, to);
        kind = Token.NUMBER;
      } else if (cp >= 128 && Character.isLetter(cp)) {
        end = scanWord(text, i, to);
        kind = Token.WORD;
      } else if (isApostrophe(c) && !space && isPossessive(text, i, to)) {
        end = i + 2;
        kind = Token.WORD;
      } else {
        end = i + Character.charCount(cp);
        kind = Token.PUNCT;
      }
      boolean lookUp = words != null && kind != Token.NUMBER; // "%" and "$" are traps too
      add(tokens, kind, text, i, end, space, words,
          lookUp ? words.find(text, i, end) : WordTable.ABSENT,
          kind == Token.WORD && hasDot(text, i, end));
      space = false;
      i = end;
    }
    return tokens;
  }

  /**
   * Reads the run of ASCII letters and digits from {@code i} and returns its end; {@code
   * packed[0]} receives its {@link WordTable#packed} code, which means something up to {@link
   * WordTable#MAX_PACKED} characters. A loop of its own, which the compiler keeps tight.
   */
  private static int scanAsciiWord(String text, int i, int to, long[] packed) {
    long code = 0;
    int end = i;
    while (end < to) {
      int c = WordTable.code(text.charAt(end));
      if (c == 0) {
        break;
      }
      code = code << 6 | c;
      end++;
    }
    packed[0] = code;
    return end;
  }

  /** Adds the token {@code text[i, end)}, whose look-up in {@code words} gave {@code slot}. */
  private static void add(Tokens tokens, byte kind, String text, int i, int end,
      boolean space, WordTable words, int slot, boolean dotted) {
    if (slot == WordTable.BY_STRING) {
      String lower = Token.lowerCase(text.substring(i, end));
      tokens.append(new Token(kind, text, i, end, space, words.get(lower), dotted));
    } else {
      addEntry(tokens, kind, text, i, end, space,
          slot >= 0 ? words.info(slot) : WordInfo.NONE, dotted);
    }
  }

  /** Adds the token {@code text[i, end)} with its table entry ({@link WordInfo#NONE} when none). */
  private static void addEntry(Tokens tokens, byte kind, String text, int i, int end,
      boolean space, WordInfo info, boolean dotted) {
    tokens.append(new Token(kind, text, i, end, space, info, dotted));
  }

  private static boolean hasDot(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  static boolean isSpace(int cp) {
    if (cp < 128) {
      return cp <= ' ' || cp == 127;
    }
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
        || cp == 0xFEFF || cp == 0x200B;
  }

  public static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isThinSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /**
   * Digits, then (when the first group has at most three digits) groups of three after commas or
   * after spaces, never a mix of both, then an optional decimal part.
   */
  private static int scanNumber(String text, int i, int to) {
    int end = skipDigits(text, i, to);
    if (end - i <= 3) {
      char separator = 0;
      while (end + 4 <= to && threeDigitsAt(text, end + 1, to)) {
        char c = text.charAt(end);
        char kind = c == ',' ? ',' : isThinSpace(c) ? ' ' : 0;
        if (kind == 0 || (separator != 0 && kind != separator)) {
          break;
        }
        separator = kind;
        end += 4;
      }
    }
    if (end + 1 < to && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
      end = skipDigits(text, end + 1, to);
    }
    return end;
  }

  private static boolean threeDigitsAt(String text, int at, int to) {
    if (at + 3 > to) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return at + 3 == to || !isDigit(text.charAt(at + 3));
  }

  private static int skipDigits(String text, int i, int to) {
    while (i < to && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int scanWord(String text, int i, int to) {
    int start = i;
    int segmentStart = i;
    while (i < to) {
      char ch = text.charAt(i);
      if (ch < 128) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
          i++;
          continue;
        }
      } else {
        int cp = text.codePointAt(i);
        int type = Character.getType(cp);
        if (Character.isLetterOrDigit(cp)
            || type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK) {
          i += Character.charCount(cp);
          continue;
        }
      }
      if (isApostrophe(text.charAt(i))
          && i + 1 < to
          && Character.isLetter(text.charAt(i + 1))
          && !isPossessive(text, i, to)) {
        i++;
      } else if (text.charAt(i) == '.' && i - segmentStart == 1 && singleLetterAt(text, i + 1, to)) {
        // inside an initialism such as "U.S" or "a.m"
        i++;
        segmentStart = i;
      } else {
        break;
      }
    }
    // the final dot of an initialism: "U.S." or "a.m."
    if (i < to && text.charAt(i) == '.' && segmentStart > start && i - segmentStart == 1) {
      i++;
    }
    return i;
  }

  private static boolean singleLetterAt(String text, int at, int to) {
    return at < to
        && Character.isLetter(text.charAt(at))
        && (at + 1 >= to || !Character.isLetter(text.charAt(at + 1)));
  }

  /** A possessive "'s" followed by a non-letter: split it off. */
  private static boolean isPossessive(String text, int apostrophe, int to) {
    int s = apostrophe + 1;
    if (s >= to || (text.charAt(s) != 's' && text.charAt(s) != 'S')) {
      return false;
    }
    return s + 1 >= to || !Character.isLetter(text.charAt(s + 1));
  }

}
