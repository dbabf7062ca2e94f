package org.casualtyclaims.engine.place.mentions;

import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * "The Chechen capital Grozny", "the Sindh capital Karachi": a region's name before "capital" and
 * the capital's own name. The capital is where something happens; the region only says what it
 * lies in (as "Nigeria's" does in "Nigeria's commercial capital Lagos").
 */
final class CapitalPhrases {
  private CapitalPhrases() {}

  /** Whether word {@code next}, just after a place's name, is "capital" before another name. */
  static boolean capitalAfter(SentenceWords ws, int next) {
    return next + 1 < ws.size() && ws.keyIs(next, "capital") && ws.joined(next)
        && ws.capital(next + 1) && ws.joined(next + 1);
  }

  /**
   * For a name right after "the Chechen capital": the word before the region's name ("the"),
   * where the phrase opens; {@code before} itself when no such phrase stands there.
   */
  static int beforeRegion(SentenceWords ws, int before) {
    if (before < 1 || !ws.keyIs(before, "capital") || !ws.joined(before)) {
      return before;
    }
    int k = before - 1;
    while (k >= 0 && ws.capital(k) && !ws.possessive(k) && (k == before - 1 || ws.joined(k + 1))) {
      k--;
    }
    return k < before - 1 && k >= 0 && ws.keyIs(k, "the") ? k : before;
  }
}
