package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the sentence, with its possessive "'s" split off; its {@link PlaceKeys} form and its
 * {@link WordFacts} are worked out only when a stage first asks for them.
 */
final class Word {
  private final String text;
  private final int start;
  private final int end;
  private final boolean capital;
  private final boolean possessive;
  private final boolean joined;
  private final WordFacts.Table lexicon;
  private String key;
  private WordFacts facts;
  private PlaceWords.Role role;
  private boolean roleLookedUp;

  Word(String text, int start, int end, boolean capital, boolean possessive, boolean joined,
      WordFacts.Table lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    this.start = start;
    this.end = end;
    this.capital = capital;
    this.possessive = possessive;
    this.joined = joined;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  boolean capital() {
    return capital;
  }

  boolean possessive() {
    return possessive;
  }

  /** True when only spaces separate this word from the one before. */
  boolean joined() {
    return joined;
  }

  /** What the gazetteer says of this word, looked up once. */
  WordFacts facts() {
    if (facts == null) {
      facts = lexicon.of(text, start, end);
    }
    return facts;
  }

  /** The word's role among the place words, or null; looked up once. */
  PlaceWords.Role role() {
    if (!roleLookedUp) {
      role = lexicon.role(text, start, end);
      roleLookedUp = true;
    }
    return role;
  }

  String key() {
    if (key == null) {
      key = PlaceKeys.key(text.substring(start, end));
    }
    return key;
  }

  /** The words of {@code text}, in order, to be looked up in {@code lexicon}. */
  static List<Word> of(String text, WordFacts.Table lexicon) {
    int n = text.length();
    List<Word> out = new ArrayList<>(n / 5 + 4); // room for the words of most sentences
    int i = 0;
    int previousEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (!CharClass.letterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char d = text.charAt(i);
        if (CharClass.letterOrDigit(d)) {
          i++;
        } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.') && i + 1 < n
            && CharClass.letter(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i + 1 < n && text.charAt(i) == '.' && text.indexOf('.', start) < i
          && text.charAt(i + 1) == ' ') {
        i++; // "U.S." keeps its last dot, so that "U.S. soldiers" runs on
      }
      int end = i;
      boolean possessive = false;
      if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
        possessive = true;
        end -= 2;
      }
      boolean joined = previousEnd >= 0 && (start - previousEnd == 1 && text.charAt(previousEnd) == ' '
          || onlySpaces(text, previousEnd, start));
      out.add(new Word(text, start, end, CharClass.upperCase(c), possessive, joined,
          lexicon));
      previousEnd = end + (possessive ? 2 : 0);
    }
    return out;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
