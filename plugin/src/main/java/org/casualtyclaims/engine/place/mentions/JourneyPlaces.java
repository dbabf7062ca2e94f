package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Places people set out from or were taken to, which are not where their event happened
 * (GUIDELINES.md: the place of the event): "the boat set sail from the port of Zuwara", "six from
 * Ireland", "40 people from Chad, Niger and Mali", "survivors landed at Pozzallo".
 * "From" makes a place an origin after a word of departure or travel ({@link
 * PlaceWords.Role#ORIGIN}: "departed", "fled", "migrants"), after a word of attack ("a missile
 * fired from Lebanon" was launched there), after a number, or after a noun for
 * people that follows a number (unless a verb of seizing takes them: "abducted seven civilians
 * from" is where), or after a person and a comma ("the driver, from the town of"), or before
 * a neighbouring place ("gunmen from neighbouring Nasarawa state");
 * not after anything else ("flush militants out from the forest",
 * "20 km from the town" keep their place). "At", "in", "on" and "to" make it a destination after
 * a word of arrival ({@link PlaceWords.Role#DESTINATION}: "landed", "taken").
 */
final class JourneyPlaces {
  /** How many words ("the Libyan port of") may stand between "from" and the place. */
  private static final int REACH = 4;
  /** How many words from the word of attack ("fired") to a launch place ("from the Gaza Strip"). */
  private static final int LAUNCH_REACH = 3;
  /** How many words before "landed" may name who landed ("the 40 migrants who landed"). */
  private static final int LANDING_REACH = 3;
  private static final Set<String> NUMBER_WORDS = NumberWords.words();

  private final Set<String> personNouns;

  JourneyPlaces(Set<String> personNouns) {
    this.personNouns = personNouns;
  }

  /**
   * {@code found} (the places of {@code ws}, in order) with each origin and destination marked as
   * not the event's ({@link PlaceMention#speaker}); the same list when there is none.
   */
  List<PlaceMention> mark(String text, SentenceWords ws, List<PlaceMention> found) {
    List<PlaceMention> out = null;
    boolean previousOrigin = false;
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      boolean origin = !m.speaker() && (journeyEnd(text, ws, m.start())
          || previousOrigin && listed(text, found.get(i - 1), m));
      if (origin && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null) {
        out.add(origin ? m.asSpeaker() : m);
      }
      // "taken to hospitals in Lima and Ica": the list shares a speaker's place too
      previousOrigin = origin || m.speaker();
    }
    return out == null ? found : out;
  }

  /**
   * "Chad, Niger and Mali", "Pozzallo (Sicily)": the next place of a list, or the one
   * in brackets, shares the first one's role.
   */
  private static boolean listed(String text, PlaceMention before, PlaceMention m) {
    return m.listedAfter(text, before) || m.follows(text, before, " (")
        || m.follows(text, before, ", in ");
  }

  /**
   * Whether the place at {@code start} follows "from" after an origin, or "at", "in", "on", "to"
   * after an arrival.
   */
  private boolean journeyEnd(String text, SentenceWords ws, int start) {
    int first = ws.indexStarting(start);
    if (first < 0) {
      return false;
    }
    for (int k = first - 1; k >= Math.max(0, first - 1 - REACH); k--) {
      if (!ws.joined(k + 1)) {
        if (ws.capital(k) && text.startsWith(", ", ws.end(k)) && k + 1 == first) {
          continue; // "brought to the port of Catania, Italy": the town's country
        }
        return false; // a comma or a bracket between: another phrase
      }
      boolean from = ws.keyIs(k, "from");
      if (from && (homeAfterPerson(text, ws, k) || PlaceContext.neighbouring(ws.key(k + 1)))) {
        // "herders from neighbouring Nasarawa state": where the attackers came from
        return true;
      }
      if (from || ws.keyIs(k, "to") || ws.is(k, PlaceWords.Role.LOCATIVE)) {
        // "from a crash site in Lukla": Lukla is where, unless people were taken there
        return k > 0 && ws.joined(k) && (from ? setsOut(ws, k - 1)
            || launched(ws, k - 1, first) : arrives(ws, k - 1) || crossedInto(ws, k));
      }
    }
    return false;
  }

  /**
   * Whether word {@code k}, just before "at", "in", "on" or "to", makes what follows where people
   * were taken: a word of arrival, one of departure before "to" ("fled to"), or a landing of
   * people ("survivors who landed at"), not of a rocket or a plane ("a rocket landed in",
   * "crashed while landing at": there it happened).
   */
  private boolean arrives(SentenceWords ws, int k) {
    if (ws.is(k, PlaceWords.Role.DESTINATION)) {
      return true;
    }
    if (ws.is(k, PlaceWords.Role.ORIGIN) && ws.keyIs(k + 1, "to")) {
      return true; // "a resident who fled to the town of Dedougou": where people went
    }
    if (!ws.is(k, PlaceWords.Role.LANDING)) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - LANDING_REACH); j--) {
      if (ws.keyIs(j, "while") || ws.keyIs(j, "when")) {
        return false; // "a plane carrying 72 people crashed while landing": the plane landed
      }
      if (personNouns.contains(ws.key(j)) || ws.is(j, PlaceWords.Role.ORIGIN)
          || ws.is(j, PlaceWords.Role.DESTINATION) || ws.keyIs(j, "who")
          || ws.keyIs(j, "they")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "taken across the border into Congo", "fled across the river into Rwanda": a word of travel
   * or arrival, a crossing, and "into" at word {@code k}.
   */
  private static boolean crossedInto(SentenceWords ws, int k) {
    if (k < 4 || !ws.keyIs(k, "into") || !ws.keyIs(k - 3, "across") || !ws.keyIs(k - 2, "the")
        || !(ws.keyIs(k - 1, "border") || ws.keyIs(k - 1, "river") || ws.keyIs(k - 1, "frontier"))) {
      return false;
    }
    for (int j = k - 1; j >= k - 3; j--) {
      if (!ws.joined(j)) {
        return false;
      }
    }
    return ws.is(k - 4, PlaceWords.Role.DESTINATION) || ws.is(k - 4, PlaceWords.Role.ORIGIN);
  }

  /**
   * "A missile fired from Lebanon", "drones launched from the Gaza Strip": a word of attack at
   * {@code k} before "from" makes the place right after it (a word between at most) where the
   * weapon was launched, not where it hit; "shells fired from a navy vessel struck Nan Tha Taung"
   * leaves the village the event's.
   */
  private static boolean launched(SentenceWords ws, int k, int first) {
    return ws.is(k, PlaceWords.Role.ACTOR) && first - k <= LAUNCH_REACH;
  }

  /** Whether word {@code k}, just before "from", makes what follows where people set out from. */
  private boolean setsOut(SentenceWords ws, int k) {
    if (ws.is(k, PlaceWords.Role.ORIGIN) || number(ws, k)) {
      return true;
    }

    // "rescue dogs were brought in from Medellin": helpers arriving came from there
    if (ws.is(k, PlaceWords.Role.DESTINATION)
        || ws.keyIs(k, "in") && k > 0 && ws.is(k - 1, PlaceWords.Role.DESTINATION)) {
      return true;
    }
    return personNouns.contains(ws.key(k)) && k > 0 && ws.joined(k) && number(ws, k - 1)
        && !(k > 1 && ws.joined(k - 1) && ws.is(k - 2, PlaceWords.Role.SEIZURE));
  }

  /**
   * "The driver, from the town of Stip, was hurt": "from" at word {@code k} opens, after a comma,
   * where the person named before it comes from, not where the event happened. The person must
   * follow an article: "abducted 40 people, mostly women, from the village of" is where.
   */
  private boolean homeAfterPerson(String text, SentenceWords ws, int k) {
    return k > 1 && !ws.joined(k) && text.startsWith(", ", ws.fullEnd(k - 1))
        && ws.fullEnd(k - 1) + 2 == ws.start(k) && personNouns.contains(ws.key(k - 1))
        && ws.joined(k - 1) && (ws.keyIs(k - 2, "the") || ws.keyIs(k - 2, "a")
            || ws.keyIs(k - 2, "an"));
  }

  private static boolean number(SentenceWords ws, int k) {
    String key = ws.key(k);
    return Character.isDigit(key.charAt(0)) || NUMBER_WORDS.contains(key);
  }
}
