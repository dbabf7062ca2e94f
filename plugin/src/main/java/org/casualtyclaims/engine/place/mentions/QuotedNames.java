package org.casualtyclaims.engine.place.mentions;

import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * A place's name inside a name given in quotation marks: "the kidnappers, who call themselves
 * “The Signers in Blood”", "a commander known as “the Butcher of Kherson”". The quotation
 * follows a `naming` word of place-words.tsv, at most a few words before it ("call themselves
 * the Masked Brigade or “...”"), and holds more than the place, so the place is part of a name,
 * not where anything happened.
 */
final class QuotedNames {
  /** How many characters a quoted name may run on either side of the place inside it. */
  private static final int REACH = 80;
  /** How many words before the quotation its naming word may stand. */
  private static final int NAMING_REACH = 6;

  private QuotedNames() {}

  static boolean inside(String text, SentenceWords ws, PlaceMention m) {
    int open = openingBefore(text, m.start());
    if (open < 0 || !wordBetween(text, open + 1, m.start()) || closingAfter(text, m.end()) < 0) {
      return false;
    }
    int before = open;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int k = before > 0 ? ws.indexEnding(before) : -1;
    // "who call themselves the Masked Brigade or “The Signers in Blood”": a second name
    for (int j = k; j >= 0 && j > k - NAMING_REACH; j--) {
      if (ws.is(j, PlaceWords.Role.NAMING)) {
        return true;
      }
    }
    return false;
  }

  /** The opening quotation mark the place stands after, with no closing one between; else -1. */
  private static int openingBefore(String text, int from) {
    for (int i = from - 1; i >= Math.max(0, from - REACH); i--) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u00AB') {
        return i;
      }
      if (c == '\u201D' || c == '\u00BB') {
        return -1;
      }
      if (c == '"') {
        // a straight quotation mark opens where no letter or digit stands right before it
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? i : -1;
      }
    }
    return -1;
  }

  /** The closing quotation mark after the place, with no opening one between; else -1. */
  private static int closingAfter(String text, int from) {
    for (int i = from; i < Math.min(text.length(), from + REACH); i++) {
      char c = text.charAt(i);
      if (c == '\u201D' || c == '\u00BB' || c == '"') {
        return i;
      }
      if (c == '\u201C' || c == '\u00AB') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean wordBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
