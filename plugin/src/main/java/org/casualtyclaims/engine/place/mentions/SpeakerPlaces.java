package org.casualtyclaims.engine.place.mentions;

import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Places named as where someone speaks from ("the ministry in Kabul", "told the BBC in London",
 * "Kabul said") or as a point of reference ("35 km south of Puquio"): not where an event
 * happened.
 */
final class SpeakerPlaces {
  private SpeakerPlaces() {}

  /** Speaker words that name a building, which may be a target of an attack. */
  private static final java.util.Set<String> BUILDINGS = java.util.Set.of("hospital",
      "hospitals", "clinic", "clinics", "headquarters", "embassy", "office", "morgue");

  /** How many words may describe a building attacked ("a military command headquarters"). */
  private static final int MODIFIERS = 2;

  private static final java.util.Set<String> NUMBER_WORDS =
      java.util.Set.copyOf(org.casualtyclaims.engine.figures.NumberWords.words());

  /** The most words of a description between a place and ", where": ", a district of X,". */
  private static final int APPOSITIVE_WORDS = 8;

  /** Words of a share before "of": "most of them", "many of the dead". */
  private static final java.util.Set<String> SHARES =
      java.util.Set.of("most", "many", "some", "half", "several");

  /**
   * "21 missing, most of them in Kegalle", "most of the dead in Agam", "mostly in the south":
   * where a part of a figure is, not the place of the whole; but "most of them in Mirpur, where
   * 17 died" gives that part a figure of its own there. {@code next} is the word after the place.
   */
  static boolean partBefore(SentenceWords ws, int before, int next) {
    if (whereFigure(ws, next) || appositiveBefore(ws, next)
        && whereFigure(ws, clauseAfter(ws, next))) {
      // "most of the dead were in Nahrin, a district of Baghlan province, where 23 died"
      return false;
    }
    int at = prepositionOf(ws, before);
    if (at < 1 || !ws.is(at, PlaceWords.Role.LOCATIVE) || !ws.joined(at)) {
      return false;
    }
    int k = at - 1;
    if (ws.keyIs(k, "mostly") || ws.keyIs(k, "mainly") || ws.keyIs(k, "largely")) {
      return true;
    }
    for (int j = k; j >= Math.max(1, k - 3); j--) {
      if (ws.keyIs(j, "of") && SHARES.contains(ws.key(j - 1))) {
        return true;
      }
      if (!ws.joined(j)) {
        return false;
      }
    }
    return false;
  }

  /** Whether word {@code k} is a share before "of": "Most of the dead", "many of them". */
  static boolean shareOf(SentenceWords ws, int k) {
    return k + 1 < ws.size() && SHARES.contains(ws.key(k)) && ws.keyIs(k + 1, "of")
        && ws.joined(k + 1);
  }

  /** Whether ", where" and a number open at word {@code k}: ", where 17 died". */
  private static boolean whereFigure(SentenceWords ws, int k) {
    return k > 0 && k + 1 < ws.size() && ws.keyIs(k, "where") && !ws.joined(k)
        && ws.text().startsWith(", ", ws.fullEnd(k - 1)) && number(ws, k + 1);
  }

  /** Whether ", a" or ", an" opens at word {@code k}: a description of the place before it. */
  private static boolean appositiveBefore(SentenceWords ws, int k) {
    return k > 0 && k < ws.size() && !ws.joined(k) && (ws.keyIs(k, "a") || ws.keyIs(k, "an"))
        && ws.text().startsWith(", ", ws.fullEnd(k - 1));
  }

  /** The first word after the clause that opens at word {@code k}, within a few words. */
  private static int clauseAfter(SentenceWords ws, int k) {
    for (int j = k + 1; j < Math.min(ws.size(), k + APPOSITIVE_WORDS); j++) {
      if (!ws.joined(j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether word {@code k} is a number, in digits or in words ("17", "eight"). */
  private static boolean number(SentenceWords ws, int k) {
    return Character.isDigit(ws.text().charAt(ws.start(k))) || NUMBER_WORDS.contains(ws.key(k));
  }

  /**
   * The word before a place's phrase: "in" for "in the central hill district of Kegalle" or "in
   * the Kegalle"; {@code before} itself when no such phrase opens the place.
   */
  private static int prepositionOf(SentenceWords ws, int before) {
    int k = before;
    if (k >= 1 && ws.keyIs(k, "of") && PlaceContext.kindWordAt(ws, k - 1)) {
      k -= 2;
      for (int words = 0; k >= 0 && words < 2 && !ws.capital(k) && !ws.keyIs(k, "the")
          && (ws.role(k) == null || ws.is(k, PlaceWords.Role.DIRECTION)); words++) {
        k--; // "central hill"
      }
    }
    return k >= 0 && ws.keyIs(k, "the") ? k - 1 : k;
  }

  /**
   * "35 km south of the town of Puquio", "370 km southwest of Mogadishu": a point of reference
   * some distance away, not where the event happened.
   */
  static boolean distanceBefore(SentenceWords ws, int before) {
    int k = before;
    if (k >= 2 && ws.keyIs(k, "of") && PlaceContext.kindWordAt(ws, k - 1)
        && ws.keyIs(k - 2, "the")) {
      k -= 3; // "... of the town of Puquio"
    } else if (k >= 0 && ws.keyIs(k, "the")) {
      k--;
    }
    if (k >= 2 && ws.keyIs(k, "from") && ws.keyIs(k - 1, "away")) {
      return ws.is(k - 2, PlaceWords.Role.DISTANCE); // "five kilometres away from Gobirawa"
    }
    // a bearing from the place, not a mere distance: "about 20 km from the town of Marak" may
    // still be where the story's event is, "35 km south of Puquio" is not
    if (k < 2 || !ws.keyIs(k, "of") || !ws.is(k - 1, PlaceWords.Role.DIRECTION)) {
      return false;
    }
    return ws.is(k - 2, PlaceWords.Role.DISTANCE) || bearingFromName(ws, k - 1);
  }

  /**
   * "in Binangonan town east of Manila": a bearing right after a name (or its kind of place)
   * places that name from the town after it, a point of reference.
   */
  private static boolean bearingFromName(SentenceWords ws, int direction) {
    if (!ws.joined(direction) || !ws.joined(direction + 1)) {
      return false; // "in Khan Younis, south of Gaza City": a comma ends the first place
    }
    int k = direction - 1;
    if (PlaceContext.kindWordAt(ws, k) && !ws.capital(k)) {
      k--; // "Binangonan town"
    }
    return k >= 0 && ws.capital(k) && (k == direction - 1 || ws.joined(k + 1))
        && ws.role(k) == null;
  }

  /** How many words "according to" may stand before the place of whoever it names. */
  private static final int ACCORDING_REACH = 10;

  /**
   * "the ministry in Kabul", "officials at Kabul", "a statement from Abuja", "according to a
   * tally by a think-tank in Washington": the place is the speaker's.
   */
  static boolean before(SentenceWords ws, int before) {
    // "a clinic in the nearby town of Macomia": the place's own phrase may open with "in"
    int at = prepositionOf(ws, before);
    if (at >= 1 && ws.keyIs(at, "from") && ws.joined(at)
        && ws.is(at - 1, PlaceWords.Role.SPEAKER)) {
      return true;
    }
    if (at < 1 || !(ws.keyIs(at, "in") || ws.keyIs(at, "at"))) {
      return false;
    }
    if (accordingTo(ws, at)) {
      return true;
    }
    // "told the BBC in London", "said on Monday in Kabul": names and articles may stand between
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      if (ws.is(k, PlaceWords.Role.SPEAKER)) {
        return !target(ws, k);
      }
      if (!(ws.capital(k) || ws.keyIs(k, "the") || ws.keyIs(k, "a") || ws.keyIs(k, "on"))
          || !ws.joined(k + 1)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "according to" opens the phrase that word {@code at} ends, with no pause between:
   * what follows it names who gives a figure, and where they are.
   */
  private static boolean accordingTo(SentenceWords ws, int at) {
    String text = ws.text();
    for (int k = at - 1; k >= Math.max(1, at - ACCORDING_REACH); k--) {
      if (pause(text, ws.fullEnd(k), ws.start(k + 1))) {
        return false; // "according to police, ... in Kunduz": another clause
      }
      if (ws.keyIs(k, "to") && ws.keyIs(k - 1, "according") && ws.joined(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the building at word {@code k} (a hospital, an embassy) is what was attacked, the
   * last of a list of targets or right after a verb of attack, a few words describing it aside
   * ("attacked a wedding, a funeral and a hospital in Gwoza", "shelled a hospital in Kherson",
   * "overran a military command headquarters in Rakhine state"): then the place is where the
   * attack happened.
   */
  private static boolean target(SentenceWords ws, int k) {
    if (!BUILDINGS.contains(ws.key(k))) {
      return false; // "clashes between protesters and police in Dhaka": people, who speak
    }
    int j = k - 1;
    // "overran a military command headquarters": lower-case words between an article and the
    // building describe it
    for (int a = k - 1; a >= Math.max(0, k - 1 - MODIFIERS) && ws.joined(a + 1); a--) {
      if (article(ws, a)) {
        j = a;
        break;
      }
      if (ws.capital(a)) {
        break;
      }
    }
    if (j >= 0 && article(ws, j)) {
      j--;
    }
    return j >= 0 && ws.joined(j + 1) && (ws.keyIs(j, "and") || ws.is(j, PlaceWords.Role.ACTOR));
  }

  private static boolean article(SentenceWords ws, int k) {
    return ws.keyIs(k, "a") || ws.keyIs(k, "an") || ws.keyIs(k, "the");
  }

  private static boolean kind(SentenceWords ws, int k) {
    return ws.is(k, PlaceWords.Role.DROP) || ws.is(k, PlaceWords.Role.ADMIN)
        || ws.is(k, PlaceWords.Role.TYPE);
  }

  /** "Gaza's health ministry", "Kabul police", "a Kabul-based monitor", "Kabul said". */
  static boolean after(String text, SentenceWords ws, int next, int end, boolean locative) {
    if (text.startsWith("-based", end)) {
      return true;
    }
    for (int k = next; k < Math.min(next + 3, ws.size()); k++) {
      if (!ws.joined(k)) {
        return false;
      }
      if (ws.is(k, PlaceWords.Role.SPEAKER)) {
        if (k + 1 < ws.size() && ws.joined(k + 1)
            && (kind(ws, k + 1) || ws.is(k + 1, PlaceWords.Role.BUILDING))) {
          // "Kajuru local government area": a division's name, not an office; "a Manhattan
          // office tower": a building there
          return false;
        }
        // "Kabul said", "Israel says" speak for a government; "residents in Helmand said" do not
        boolean verb = ws.keyIs(k, "said") || ws.keyIs(k, "told") || ws.keyIs(k, "says");
        // "clashes in Bolivia's Cochabamba department": a division, not an office
        boolean division = k == next && locative && ws.keyIs(k, "department");
        return !division && (!verb || (k == next && !locative));
      }
      if (ws.capital(k) && k > next) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Saba, the news agency of the government, said": a name opening its sentence, set beside a
   * description of a body that speaks, names that body, not a place ("In Marib, the city's health
   * office said" opens with "In", and keeps Marib).
   */
  static boolean appositionAfter(String text, SentenceWords ws, int next, int end) {
    if (!text.startsWith(", ", end) || next >= ws.size()
        || !(ws.keyIs(next, "the") || ws.keyIs(next, "a") || ws.keyIs(next, "an"))) {
      return false;
    }
    for (int k = next + 1; k < Math.min(next + 5, ws.size()) && ws.joined(k); k++) {
      if (ws.is(k, PlaceWords.Role.SPEAKER)) {
        return !ws.keyIs(k, "said") && !ws.keyIs(k, "told") && !ws.keyIs(k, "says");
      }
    }
    return false;
  }
}
