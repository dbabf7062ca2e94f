package org.casualtyclaims.engine.place;

import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A place named as the whole area a figure spans: "throughout Kenya", "in parts of Laos",
 * "much of Bihar", "the toll for Sindh". Such a figure counts over that area, so it is
 * not refined to one town of it that the story also names. "Across" counts only after an attack
 * or a disaster ("air strikes across the Gaza Strip", "floods across Kenya"): it as often says
 * where the people counted are now ("31 injured, 25 of them in burn units across the country").
 */
final class AreaWide {
  private AreaWide() {}

  /** The words before a place that make it an area spanned; each may be followed by "the". */
  private static final String[] SPANS = {"throughout", "parts of", "areas of", "much of",
      "most of", "all over", "toll for"};

  /** How many words ("days of heavy") may stand between "by" and the cause it names. */
  private static final int CAUSE_REACH = 4;

  /**
   * Whether a sentence tells of an event that strikes a whole area ({@code widespread} words of
   * place-words.tsv: "floods", "an earthquake"), not only of its cause: "a landslide triggered
   * by heavy rain" buried one mine, where its toll belongs.
   */
  static boolean strikesArea(SentenceWords ws) {
    if (!ws.has(PlaceWords.Role.WIDESPREAD)) {
      return false;
    }
    for (int k = 0; k < ws.size(); k++) {
      if (ws.is(k, PlaceWords.Role.WIDESPREAD) && !cause(ws, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "by" opens the phrase of word {@code k}: "triggered by days of heavy rain". */
  private static boolean cause(SentenceWords ws, int k) {
    for (int j = k - 1; j >= Math.max(0, k - CAUSE_REACH) && ws.joined(j + 1); j--) {
      if (ws.keyIs(j, "by")) {
        return true;
      }
      if (ws.capital(j) || ws.role(j) != null) {
        return false;
      }
    }
    return false;
  }

  static boolean spanned(String text, PlaceMention m, PlaceWords words) {
    int end = m.start();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end >= 4 && text.regionMatches(true, end - 4, " the", 0, 4)) {
      end -= 4;
    }
    if (severalSettlements(text, end, words) || strikesAcross(text, end, words)) {
      return true;
    }
    for (String span : SPANS) {
      int start = end - span.length();
      if (start >= 0 && text.regionMatches(true, start, span, 0, span.length())
          && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "attacks on several villages in Nigeria's Plateau state", "three towns of Zamfara": places
   * of a plural kind (a {@code type} word of place-words.tsv and "s") "in" or "of" the place,
   * which the figure spans.
   */
  private static boolean severalSettlements(String text, int end, PlaceWords words) {
    int at = end;
    int owner = at;
    while (owner > 0 && text.charAt(owner - 1) == ' ') {
      owner--;
    }
    if (owner >= 2 && text.charAt(owner - 1) == 's'
        && (text.charAt(owner - 2) == '\'' || text.charAt(owner - 2) == '\u2019')) {
      // "several villages in Nigeria's Plateau state": the country that owns the place
      at = owner - 2;
      while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
        at--;
      }
      while (at > 0 && text.charAt(at - 1) == ' ') {
        at--;
      }
      at = beforeDirection(text, at, words); // "villages in northern Syria's Idlib province"
    }
    if (at >= 3 && (text.regionMatches(true, at - 3, " in", 0, 3)
        || text.regionMatches(true, at - 3, " of", 0, 3))) {
      at -= 3;
    } else {
      return false;
    }
    int start = at;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (at - start < 4 || text.charAt(at - 1) != 's') {
      return false;
    }
    return words.is(PlaceKeys.key(text.substring(start, at - 1)), PlaceWords.Role.TYPE);
  }

  /**
   * Whether "across" before {@code end} follows a word of attack or of disaster ({@code actor}
   * and {@code widespread} words of place-words.tsv): "air strikes across the Gaza Strip".
   */
  private static boolean strikesAcross(String text, int end, PlaceWords words) {
    int at = end;
    while (at > 0 && text.charAt(at - 1) == ' ') {
      at--;
    }
    if (at < 7 || !text.regionMatches(true, at - 7, " across", 0, 7)) {
      return false;
    }
    int stop = at - 7;
    int start = stop;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == stop) {
      return false;
    }
    String key = PlaceKeys.key(text.substring(start, stop));
    return words.is(key, PlaceWords.Role.ACTOR) || words.is(key, PlaceWords.Role.WIDESPREAD);
  }

  /** Where the compass word that ends at {@code end} starts, or {@code end} when none does. */
  private static int beforeDirection(String text, int end, PlaceWords words) {
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1))
        || text.charAt(start - 1) == '-')) {
      start--;
    }
    if (start == end || !words.is(PlaceKeys.key(text.substring(start, end)),
        PlaceWords.Role.DIRECTION)) {
      return end;
    }
    while (start > 0 && text.charAt(start - 1) == ' ') {
      start--;
    }
    return start;
  }
}
