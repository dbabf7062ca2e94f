package org.casualtyclaims.engine.figures;

import java.util.List;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * The victim phrase of a figure, the noun phrase after it ("11 civilians in ..."), as a mention
 * records it, and whether a stretch of tokens names people.
 */
final class VictimPhrases {
  private static final int MAX_VICTIM_WORDS = 6;

  private VictimPhrases() {}

  /** The end (exclusive) of the noun phrase right after a figure: "civilians" in "11 civilians in". */
  static int victimPhraseEnd(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && k - from < MAX_VICTIM_WORDS) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.info.has(WordInfo.PREPOSITION | WordInfo.RELATIVE | WordInfo.CLAUSE_BREAK)
          || t.is("and")
          || (t.info.cue != null) || (t.info.speech != null)
          || t.info.has(WordInfo.AUXILIARY)) {
        break;
      }
      k++;
    }
    return k;
  }

  static String victimsAfter(List<Token> tokens, Figure figure) {
    return victims(tokens, figure.last + 1, victimPhraseEnd(tokens, figure.last + 1));
  }

  /** A tidy victim phrase: "North Korean troops"; null for "more", "others" or nothing. */
  static String victims(List<Token> tokens, int from, int to) {
    int end = Math.min(to, from + MAX_VICTIM_WORDS);
    while (from < end && (tokens.get(from).is("more") || tokens.get(from).is("other")
        || tokens.get(from).is("of") || tokens.get(from).is("the"))) {
      from++;
    }
    while (end > from && (tokens.get(end - 1).is("of") || tokens.get(end - 1).is("the")
        || tokens.get(end - 1).isPunct())) {
      end--;
    }
    if (from >= end || (end - from == 1 && tokens.get(from).is("others"))) {
      return null;
    }
    return Names.surface(tokens, from, end);
  }

  static boolean hasPerson(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.info.has(WordInfo.PERSON_NOUN) || t.is("them")) {
        return true; // "two of them have been neutralised": the people just named
      }
      // nationalities and peoples: "Palestinians", "Ukrainians"
      if (t.isCapitalized() && t.length() > 3 && t.endsWith("s")) {
        return true;
      }
    }
    return false;
  }
}
