package org.casualtyclaims.engine.figures;

import java.util.List;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * What says that people a sentence counts are not, or no longer, held captive: a verb of release
 * after them ("354 hostages had been freed", "11 of the captives had escaped"), or a place that
 * holds people unharmed before the verb that holds them ("the reception centre was holding 1,100
 * migrants") or after the verb that takes them there ("took 12 people to hospital"). The verbs are traps.tsv's {@code object} words, the places its {@code holder} words.
 */
final class Captivity {
  /** How far a verb of release may follow the figure: "11 of the captives had escaped". */
  private static final int RELEASE_REACH = 8;
  /** How many words may name a place after "to": "to the nearby hospital". */
  private static final int PLACE_REACH = 3;
  /** How far before "holding" a place may stand: "the centre, built for 400, was holding". */
  private static final int HOLDER_REACH = 12;

  private Captivity() {}

  /** A verb of release at {@code k}, after auxiliaries: "(had been) freed". */
  static boolean freedAfter(List<Token> tokens, int k) {
    while (k < tokens.size() && tokens.get(k).info.has(WordInfo.AUXILIARY)
        && !tokens.get(k).info.has(WordInfo.SPEECH_LIKE)) {
      k++; // "354 hostages had been freed"
    }
    return k < tokens.size() && tokens.get(k).info.has(WordInfo.TRAP_OBJECT);
  }

  /** A verb of release in the clause that starts at {@code from}: "of the captives had escaped". */
  static boolean releasedIn(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + RELEASE_REACH; k++) {
      Token t = tokens.get(k);
      if (t.info.has(WordInfo.TRAP_OBJECT)) {
        return true;
      }
      if (t.isPunct() || t.info.has(WordInfo.CLAUSE_BREAK)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a passive word of captivity at {@code j} captures no one: after a "have" rather than
   * a "be" or "remain" ("14 remained in captivity"; "200 firefighters had taken six hours", "people who had taken shelter"), or carrying
   * its people somewhere ("were taken to hospital", "were held in custody").
   */
  static boolean notCaptivePassive(List<Token> tokens, int j) {
    int k = j - 1;
    while (k > 0 && k > j - 3 && !tokens.get(k).info.has(WordInfo.AUXILIARY)) {
      k--; // "were later taken", "were still being held"
    }
    Token aux = tokens.get(k);
    boolean be = aux.info.has(WordInfo.BE_FORM) || aux.startsWith("remain");
    return !be || placedAfter(tokens, j + 1);
  }

  /**
   * A place people are carried to at {@code k}: "to hospital", "to the port", "to Pokhara",
   * "into custody" (not "into Gaza as hostages", nor "to demand a ransom").
   */
  static boolean placedAfter(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    if (tokens.get(k).is("to") && (next.is("the") || next.is("a") || next.is("an")
        || next.isCapitalized())) {
      return true;
    }
    if (!tokens.get(k).is("to") && !tokens.get(k).is("in") && !tokens.get(k).is("into")) {
      return false;
    }
    for (int p = k + 1; p < tokens.size() && p <= k + PLACE_REACH; p++) {
      Token t = tokens.get(p);
      if (t.info.has(WordInfo.TRAP_HOLDER)) {
        return true;
      }
      if (!t.isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A place that holds people unharmed before the verb at {@code verb}, in its sentence and
   * before any speech verb: "the centre was holding 1,100 migrants" (not "the group said it was
   * holding 150 people").
   */
  static boolean heldByPlace(List<Token> tokens, int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - HOLDER_REACH; k--) {
      WordInfo word = tokens.get(k).info;
      if (word.has(WordInfo.TRAP_HOLDER)) {
        return true;
      }
      if (word.has(WordInfo.SPEECH_LIKE) || tokens.get(k).is("that")) {
        return false;
      }
    }
    return false;
  }
}
