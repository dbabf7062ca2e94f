package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A roundup sentence gives each figure a place of its own clause: "21 were killed in the town of
 * Norcia, 9 in Cascia and 4 in the province of Terni". Clauses are cut at commas
 * and semicolons (not the comma of "1,400"); a sentence is read as a roundup only when a place
 * outside the figure's clause shares its clause with another number. A clause that counts its
 * figure "elsewhere" puts it away from the places the sentence names.
 */
final class FigureClauses {
  private static final Set<String> NUMBER_WORDS = Set.copyOf(NumberWords.words());

  private FigureClauses() {}

  /**
   * Of {@code locatives} (the places something happens in, in text order), those in the clause
   * of the figure at {@code offset} when the sentence is a roundup, else all of them.
   */
  static List<PlaceMention> ofFigure(String text, int offset, List<PlaceMention> locatives) {
    if (locatives.size() < 2) {
      return locatives;
    }
    int start = clauseStart(text, offset);
    int end = clauseEnd(text, offset);
    List<PlaceMention> inside = new ArrayList<>(2);
    boolean roundup = false;
    for (PlaceMention m : locatives) {
      if (m.start() >= start && m.end() <= end) {
        inside.add(m);
      } else if (!roundup) {
        roundup = hasNumber(text, clauseStart(text, m.start()), clauseEnd(text, m.start()));
      }
    }
    return roundup && !inside.isEmpty() ? inside : locatives;
  }

  /** Whether the figure's clause says, after it, that it counts "elsewhere". */
  static boolean elsewhere(String text, int offset) {
    int at = text.indexOf("elsewhere", offset);
    return at >= 0 && at < clauseEnd(text, offset)
        && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
  }

  /** Whether a pause (a comma, not that of "1,400", or a semicolon) stands in [from, to). */
  static boolean pauseBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (boundary(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(String text, int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i >= 0 && !boundary(text, i)) {
      i--;
    }
    return i + 1;
  }

  private static int clauseEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && !boundary(text, i)) {
      i++;
    }
    return i;
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    if (c == ';') {
      return true;
    }
    return c == ',' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1)));
  }

  /**
   * Whether a clause holds a number, in digits or in words ("Eight more died in Majene district,
   * bringing the toll across West Sulawesi to 42").
   */
  private static boolean hasNumber(String text, int start, int end) {
    int word = -1;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isDigit(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        word = word < 0 ? i : word;
      } else if (word >= 0) {
        if (NUMBER_WORDS.contains(text.substring(word, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        word = -1;
      }
    }
    return false;
  }
}
