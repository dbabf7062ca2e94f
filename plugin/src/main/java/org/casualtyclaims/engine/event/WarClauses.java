package org.casualtyclaims.engine.event;

import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Clauses that make a figure a war's toll whatever cue stands nearest, read with the war words of
 * place-words.tsv: a war that "has killed" the figure, a figure killed "in Sudan's war".
 */
final class WarClauses {
  private WarClauses() {}

  /**
   * Whether a war (a {@code war} word of place-words.tsv) is what "has killed" the figure: the
   * war word, then "has", "have" or "had", then the figure, all in one clause ("the insurgency in
   * the northeast has killed more than 40,000").
   */
  static boolean warAsSubject(SentenceWords ws, int offset) {
    String text = ws.text();
    boolean has = false;
    int clauseEnd = offset;
    for (int k = ws.size() - 1; k >= 0; k--) {
      if (ws.start(k) >= clauseEnd) {
        continue;
      }
      if (FigureCues.pauseBetween(text, ws.end(k), clauseEnd)) {
        int open = has ? appositiveBefore(text, ws.end(k), clauseEnd) : -1;
        if (open < 0) {
          return false;
        }
        // "The war in Yemen, now in its tenth year, has killed 150,000": the subject goes on
        // before a short phrase set off by commas
        clauseEnd = open;
        continue;
      }
      has |= ws.keyIs(k, "has") || ws.keyIs(k, "have") || ws.keyIs(k, "had");
      if (has && ws.is(k, PlaceWords.Role.WAR)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's clause goes on "in" a possessive and a war word of place-words.tsv
   * ("killed in Sudan's war", "in Russia's invasion"); "in the war" is a cue of its own.
   */
  static boolean inACountrysWar(SentenceWords ws, int offset) {
    String text = ws.text();
    for (int k = 0; k + 2 < ws.size(); k++) {
      if (ws.start(k) < offset) {
        continue;
      }
      if (FigureCues.pauseBetween(text, offset, ws.start(k))) {
        return false;
      }
      if (ws.keyIs(k, "in") && ws.possessive(k + 1) && ws.is(k + 2, PlaceWords.Role.WAR)) {
        return true;
      }
    }
    return false;
  }

  /** How long a phrase set off by commas between a subject and its verb may be. */
  private static final int APPOSITIVE_REACH = 40;

  /**
   * Where the comma opens a short phrase that closes with the last comma in [from, to), the
   * phrase holding no other pause ("The war, now in its tenth year, has"); -1 when there is none.
   */
  private static int appositiveBefore(String text, int from, int to) {
    int close = text.lastIndexOf(',', to - 1);
    if (close < from || FigureCues.pauseBetween(text, from, close)) {
      return -1;
    }
    int open = text.lastIndexOf(", ", close - 1);
    return open >= 0 && close - open <= APPOSITIVE_REACH && open < from ? open : -1;
  }
}
