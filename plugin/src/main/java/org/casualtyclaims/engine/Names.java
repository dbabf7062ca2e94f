package org.casualtyclaims.engine;

import java.util.List;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokenizer;

/** Builds the normalised keys under which source names and aliases are compared. */
public final class Names {
  private Names() {}

  /**
   * Lower-case words joined by single spaces, dots and quotes dropped, a possessive "'s" attached
   * to its word, a leading "the" removed: "The U.K.'s Ministry of Defence" becomes "uk's ministry
   * of defence".
   */
  public static String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!isKeyed(t)) {
        continue;
      }
      String w = t.lower().replace(".", "");
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() == 0 && w.equals("the")) {
        continue;
      }
      boolean glue = w.equals("'s") || w.equals("-") || w.equals("/") || (i > from && !t.spaceBefore
          && (tokens.get(i - 1).is("-") || tokens.get(i - 1).is("/")));
      if (sb.length() > 0 && !glue) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }

  /** Whether {@link #key} keeps the token: words, numbers and the joining "-", "&" and "/". */
  private static boolean isKeyed(Token t) {
    return !t.isPunct() || t.is("-") || t.is("&") || t.is("/");
  }

  /**
   * The token the key of {@code [from, to)} starts with (a leading "the" is dropped), or -1 for an
   * empty key. Only tokens without dots are answered exactly: "U.N." is keyed as "un".
   */
  public static int firstKeyed(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (isKeyed(t) && !t.is("the") && !t.is(".")) {
        return i;
      }
    }
    return -1;
  }

  /** The last token {@link #key} keeps of {@code [from, to)}, or -1. */
  public static int lastKeyed(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isKeyed(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  public static String key(String text) {
    List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
    return key(tokens, 0, tokens.size());
  }

  private static final NameMemo<List<String>> WORDS = new NameMemo<>(Names::split);

  /**
   * The lower-case words of a name, split at spaces and apostrophes: "gaza's health ministry".
   * The list is shared and read-only.
   */
  public static List<String> words(String name) {
    return WORDS.get(name);
  }

  private static List<String> split(String name) {
    List<String> words = new java.util.ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      boolean separator = Character.isWhitespace(c) || c == '\'' || c == '\u2019';
      if (separator) {
        if (start >= 0) {
          words.add(name.substring(start, i).toLowerCase(java.util.Locale.ROOT));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return List.copyOf(words);
  }

  /**
   * Whether one of {@link #words}{@code (name)} is {@code lowerWord}, or is it with an "s" after
   * (a word of more than three letters: "forces" holds "force").
   */
  static boolean hasWord(String name, String lowerWord) {
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      boolean separator = Character.isWhitespace(c) || c == '\'' || c == '\u2019';
      if (separator) {
        if (start >= 0 && (isWord(name, start, i, lowerWord)
            || (i - start > 3 && i - start == lowerWord.length() + 1
                && (name.charAt(i - 1) == 's' || name.charAt(i - 1) == 'S')
                && isWord(name, start, i - 1, lowerWord)))) {
          return true;
        }
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
  }

  /** Whether {@code name[from, to)}, lower-cased as {@link #words} does, is {@code lowerWord}. */
  private static boolean isWord(String name, int from, int to, String lowerWord) {
    for (int k = from; k < to; k++) {
      char c = name.charAt(k);
      if (c >= 128) {
        return name.substring(from, to).toLowerCase(java.util.Locale.ROOT).equals(lowerWord);
      }
    }
    if (to - from != lowerWord.length()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = name.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lowerWord.charAt(k - from)) {
        return false;
      }
    }
    return true;
  }

  /** The text between the first and last token, as written, with runs of spaces collapsed. */
  public static String surface(List<Token> tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    if (singleSpaced(tokens, from, to)) {
      return tokens.get(from).textThrough(tokens.get(to - 1)); // as written already
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i > from && t.spaceBefore) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  private static boolean singleSpaced(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (!tokens.get(i).followsClosely(tokens.get(i - 1))) {
        return false;
      }
    }
    return true;
  }
}
