package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;

/**
 * Runs of capitalised words in a source phrase, with the lower-case words a body's name may hold
 * ("of", "for", "and"): where a name starts and ends, and whether words are all of one name.
 */
final class CapitalRuns {
  private CapitalRuns() {}

  /**
   * Where the capitalised words that end at {@code to} begin, when only lower-case words (no
   * possessive, no other name) stand before them from {@code from}; else {@code from}.
   */
  static int runStart(List<Token> tokens, int from, int to) {
    int start = to;
    while (start > from && tokens.get(start - 1).isCapitalized()) {
      start--;
    }
    for (int k = from; k < start; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.isCapitalized() || t.is("'s")) {
        return from;
      }
    }
    return start;
  }

  /**
   * Every word of {@code [from, to)} is capitalised, or a "the", "of", "for" or "and" inside
   * ("Union of Forces for Democracy and Development").
   */
  static boolean isRun(List<Token> tokens, int from, int to) {
    return isRun(tokens, from, to, false);
  }

  /**
   * The same, also letting "in" and "a" through when a description before the name has said it
   * is a body ("the rebel Front for Change and Concord in Chad", "the rebel Alliance for a Free
   * Congo").
   */
  static boolean isRun(List<Token> tokens, int from, int to, boolean body) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean joining = t.is("the") || t.is("of") || t.is("for") || t.is("and")
          || (body && (t.is("in") || t.is("a")));
      if (!t.isCapitalized() && !(joining && k + 1 < to)) {
        return false;
      }
    }
    return true;
  }

  /** The capitalised run that ends at {@code to} ("Nasser Hospital"), or null. */
  static Span ending(List<Token> tokens, int from, int to) {
    int end = to;
    while (end > from && tokens.get(end - 1).isPunct()) {
      end--;
    }
    int start = end;
    while (start > from && (tokens.get(start - 1).isCapitalized()
        || ((tokens.get(start - 1).is("of") || tokens.get(start - 1).is("and"))
            && start - 2 >= from && tokens.get(start - 2).isCapitalized()))) {
      start--; // "Ministry of Health", "Justice and Equality Movement"
    }
    return start < end && tokens.get(start).isCapitalized() ? new Span(start, end) : null;
  }

  /** "Tehreek-e-Insaf", "Lashkar-e-Taiba": a short word glued between two hyphens. */
  static boolean gluedBetweenHyphens(List<Token> tokens, int k, int from) {
    Token t = tokens.get(k);
    return k - 1 > from && t.isWord() && t.length() <= 2 && !t.spaceBefore
        && tokens.get(k - 1).is("-") && !tokens.get(k - 1).spaceBefore;
  }
}
