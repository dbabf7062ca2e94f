package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A roundup sentence gives each figure a place of its own clause: "21 were killed in the town of
 * Norcia, 9 in Cascia and 4 in the province of Terni". Clauses are cut at commas, semicolons
 * and colons (not the comma of "1,400", nor the colon of "10:30") and before an "and" that opens
 * the next figure with its own place ("31 in Ogossagou and 12 in Diallassagou", "and 15 more are
 * now held captive in Russia": a few words of its own may stand before the place); a place that
 * opens the sentence ("In Fambita, 17 died, and five in Kokorou") belongs to the clause after it, and one
 * before ", where" to the clause that opens so ("in Mirpur, where 17 died"). A sentence
 * is read as a roundup only when a place outside the figure's clause shares its clause with
 * another number. A clause that counts its figure "elsewhere" puts it away from the places the
 * sentence names.
 */
final class FigureClauses {
  private static final Set<String> NUMBER_WORDS = Set.copyOf(NumberWords.words());
  /** How many words of a qualifier ("at least", "more than") may stand after "and". */
  private static final int QUALIFIER_WORDS = 2;
  /** How many words after the next figure ("people are being held hostage") may reach "in". */
  private static final int OWN_VERB_WORDS = 5;

  private FigureClauses() {}

  /**
   * Of {@code locatives} (the places something happens in, in text order), those in the clause
   * of the figure at {@code offset} when the sentence is a roundup, else all of them.
   */
  static List<PlaceMention> ofFigure(String text, int offset, List<PlaceMention> locatives,
      PlaceWords words) {
    if (locatives.size() < 2) {
      return locatives;
    }
    int opener = openerEnd(text, words);
    int start = clauseStart(text, offset);
    if (opener >= 0 && start == opener + 1) {
      start = 0; // "In Fambita, 17 worshippers died"
    } else if (start > 0 && text.startsWith(" where ", start)) {
      start = clauseStart(text, start - 1); // "most of them in Mirpur, where 17 died"
    }
    int end = clauseEnd(text, offset);
    List<PlaceMention> inside = new ArrayList<>(2);
    boolean roundup = false;
    for (PlaceMention m : locatives) {
      if (m.start() >= start && m.end() <= end) {
        inside.add(m);
      } else if (!roundup) {
        int placeEnd = clauseEnd(text, m.start());
        if (placeEnd == opener || text.startsWith(", where ", placeEnd)) {
          placeEnd = clauseEnd(text, placeEnd + 1);
        }
        roundup = hasNumber(text, clauseStart(text, m.start()), placeEnd);
      }
    }
    return roundup && !inside.isEmpty() ? inside : locatives;
  }

  /**
   * Where the clause that opens the sentence with a preposition of place ("In Fambita,") ends,
   * at its comma; -1 when the sentence opens otherwise or that clause holds a number itself.
   */
  private static int openerEnd(String text, PlaceWords words) {
    int space = text.indexOf(' ');
    if (space <= 0
        || !words.is(PlaceKeys.key(text.substring(0, space)), PlaceWords.Role.LOCATIVE)) {
      return -1;
    }
    int end = clauseEnd(text, 0);
    return end < text.length() && text.charAt(end) == ',' && !hasNumber(text, 0, end) ? end : -1;
  }

  /**
   * {@code choices} without a place that a share of the figure took with ", where" ("killed 23 in
   * Kashmir, most of them in Mirpur, where 17 died"), when another is left: a later sentence of
   * the story ("More than 300 were injured") inherits the whole event's place, not the share's.
   */
  static List<PlaceMention> withoutShares(String text, List<PlaceMention> choices) {
    List<PlaceMention> out = null;
    for (int i = 0; i < choices.size(); i++) {
      PlaceMention m = choices.get(i);
      int after = m.end() + ", where ".length();
      if (text.startsWith(", where ", m.end()) && after < text.length()
          && numberAt(text, after, wordEnd(text, after))) {
        if (out == null) {
          out = new ArrayList<>(choices.subList(0, i));
        }
      } else if (out != null) {
        out.add(m);
      }
    }
    return out == null || out.isEmpty() ? choices : out;
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
    while (i >= 0 && !boundary(text, i) && !nextFigure(text, i)) {
      i--;
    }
    return i + 1;
  }

  private static int clauseEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && !boundary(text, i) && !nextFigure(text, i)) {
      i++;
    }
    return i;
  }

  /**
   * Whether the space at {@code i} opens " and 12 in Diallassagou", " and five people in
   * Kokorou", " and at least nine in Laos": an "and" before a number (a qualifier's words
   * between) put "in" or "at" a place of its own, at most one word after it (a range's "between
   * 6 and 9 workers in Yarkand county" names one place for both).
   */
  private static boolean nextFigure(String text, int i) {
    if (!text.startsWith(" and ", i)) {
      return false;
    }
    int at = i + 5;
    int after = wordEnd(text, at);
    // "and at least nine in neighbouring Laos": a qualifier's words may stand before the number
    for (int skipped = 0; skipped < QUALIFIER_WORDS && after > at && after < text.length()
        && text.charAt(after) == ' ' && !numberAt(text, at, after)
        && lowerCase(text, at, after); skipped++) {
      at = after + 1;
      after = wordEnd(text, at);
    }
    if (after == at || !numberAt(text, at, after)) {
      return false;
    }
    // "and 12 in Diallassagou", "and five people in Kokorou", "and another 10 people are being
    // held hostage in Russia": a few lower-case words may tell what befell them there
    int end = after;
    for (int words = 0; words <= OWN_VERB_WORDS; words++) {
      if (placedAt(text, end)) {
        return true;
      }
      int next = end < text.length() && text.charAt(end) == ' ' ? wordEnd(text, end + 1) : end;
      if (next == end + 1 || next == end || words > 0 && !lowerCase(text, end + 1, next)) {
        return false;
      }
      end = next;
    }
    return false;
  }

  /** Whether the word [at, end) is written in lower-case letters only. */
  private static boolean lowerCase(String text, int at, int end) {
    for (int k = at; k < end; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word [at, end) is a number, in digits or in words. */
  static boolean numberAt(String text, int at, int end) {
    return Character.isDigit(text.charAt(at))
        || NUMBER_WORDS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
  }

  /** Where the word (letters, digits, the comma of "1,400") that starts at {@code at} ends. */
  private static int wordEnd(String text, int at) {
    int end = at;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
        || text.charAt(end) == ',' && end + 1 < text.length()
            && Character.isDigit(text.charAt(end + 1)) && end > at
            && Character.isDigit(text.charAt(end - 1)))) {
      end++;
    }
    return end;
  }

  /** Whether " in " or " at " follows at {@code at}. */
  private static boolean placedAt(String text, int at) {
    return text.startsWith(" in ", at) || text.startsWith(" at ", at);
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    if (c == ';' || c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
      return true; // "killed 40 in two attacks: 26 in Boulkessi and 14 near Douentza"
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
