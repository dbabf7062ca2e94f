package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * A place named in apposition to a kind of place that something happens in: "in one of the
 * flooded villages, Dravo, said", "at a border camp, Zelta.", or described by one after it:
 * "Tin-Akoff, a town in Oudalan province", "Aab Bareek, a remote village in Argo district". The
 * name is the place, of the kind the noun says, even where the gazetteer lacks it and no
 * preposition stands before it.
 */
final class AppositivePlaces {
  /** The most words of a name read after the comma. */
  private static final int MAX_WORDS = 3;
  /** How many words before the kind of place its preposition may stand. */
  private static final int REACH = 6;
  /** How many words may describe a settlement after "a": "a remote mountain village". */
  private static final int DESCRIBING_WORDS = 3;

  private final Gazetteer gazetteer;
  private final AnchorWords lexicon;

  AppositivePlaces(Gazetteer gazetteer, AnchorWords lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** {@code found} (the places of {@code ws}, in order) with the appositive names added. */
  List<PlaceMention> add(String text, SentenceWords ws, List<PlaceMention> found) {
    List<PlaceMention> out = found;
    for (int k = 1; k + 1 < ws.size(); k++) {
      // a comma first: the cheapest test, and few words pass it
      if (!text.startsWith(", ", ws.end(k)) || ws.start(k + 1) != ws.end(k) + 2
          || !settlement(text, ws, k) || !locative(ws, k)) {
        continue;
      }
      int end = nameEnd(ws, k + 1);
      if (end == k + 1 || !closed(text, ws, end)) {
        continue;
      }
      int start = ws.start(k + 1);
      int stop = ws.end(end - 1);
      if (covered(out, start, stop)) {
        continue;
      }
      PlaceMention m = new PlaceMention(start, stop, text.substring(start, stop),
          gazetteer.lookup(text, start, stop), Place.Kind.TOWN, true, false, null);
      out = PlaceMention.merged(out, m); // not covered: it overlaps none
    }
    return described(text, ws, out);
  }

  /**
   * {@code found} with the names a settlement describes after a comma ("Tin-Akoff, a town in
   * Oudalan province", "Parachinar, the main town of the Kurram district") marked as settlements
   * where something happens, and added where the scanner did not read them.
   */
  private List<PlaceMention> described(String text, SentenceWords ws, List<PlaceMention> found) {
    List<PlaceMention> out = found;
    for (int k = 0; k + 3 < ws.size(); k++) {
      if (!text.startsWith(", ", ws.end(k)) || ws.start(k + 1) != ws.end(k) + 2
          || !ws.capital(k)
          || !(ws.keyIs(k + 1, "a") || ws.keyIs(k + 1, "an") || ws.keyIs(k + 1, "the"))) {
        continue;
      }
      int kind = settlementAfter(text, ws, k + 2);
      if (kind < 0 || kind + 1 >= ws.size() || !ws.joined(kind + 1)
          || !(ws.is(kind + 1, PlaceWords.Role.LOCATIVE) || ws.keyIs(kind + 1, "of"))) {
        continue; // "Ahmed, a village elder": a person
      }
      int stop = ws.end(k);
      PlaceMention read = ending(out, stop);
      if (read != null) {
        out = PlaceMention.merged(out, new PlaceMention(read.start(), read.end(), read.named(),
            read.candidates(), Place.Kind.TOWN, true, read.speaker(), read.countryHint()));
        continue;
      }
      int first = nameStart(ws, k);
      int start = first < 0 ? -1 : ws.start(first);
      if (first >= 0 && !covered(out, start, stop)) {
        out = PlaceMention.merged(out, new PlaceMention(start, stop, text.substring(start, stop),
            gazetteer.lookup(text, start, stop), Place.Kind.TOWN, true, false, null));
      }
    }
    return out;
  }

  /** The settlement's noun after "a" and at most a few words describing it, or -1. */
  private int settlementAfter(String text, SentenceWords ws, int from) {
    for (int k = from; k < Math.min(ws.size(), from + DESCRIBING_WORDS + 1); k++) {
      if (ws.capital(k) || !ws.joined(k)) {
        return -1;
      }
      if (ws.role(k) != null) {
        return ws.role(k) == PlaceWords.Role.TYPE && settlement(text, ws, k) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The first word of the name that ends at word {@code last}: capitalised words the lexicon
   * does not know as other words, and particles between them; -1 when it is no such name.
   */
  private static int nameStart(SentenceWords ws, int last) {
    int k = last;
    while (k > 0 && last - k + 1 < MAX_WORDS && ws.joined(k) && !ws.possessive(k - 1)
        && (ws.capital(k - 1) && ws.role(k - 1) == null
            || PlaceContext.particleInName(ws, k - 1) && k - 1 > 0 && ws.capital(k - 2))) {
      k--;
    }
    for (int j = k; j <= last; j++) {
      if (ws.facts(j).demonymCountry() != null
          || ws.role(j) != null && !PlaceContext.particleInName(ws, j)) {
        return -1;
      }
    }
    return k;
  }

  /** The mention of {@code found} that ends at {@code end}, or null. */
  private static PlaceMention ending(List<PlaceMention> found, int end) {
    for (PlaceMention m : found) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /** Whether a noun names a settlement, singular or plural ("village", "villages"). */
  private boolean settlement(String text, SentenceWords ws, int k) {
    if (ws.capital(k)) {
      return false;
    }
    if (ws.role(k) == PlaceWords.Role.TYPE) {
      return PlaceContext.kindOf(ws.key(k)) == Place.Kind.TOWN;
    }
    int end = ws.end(k);
    if (end - ws.start(k) < 5 || text.charAt(end - 1) != 's') {
      return false;
    }
    String singular = PlaceKeys.key(text.substring(ws.start(k), end - 1));
    int id = lexicon.id(singular);
    return id != AnchorWords.UNKNOWN && lexicon.role(id) == PlaceWords.Role.TYPE
        && PlaceContext.kindOf(singular) == Place.Kind.TOWN;
  }

  /** "in one of the flooded villages": a preposition of place opens the noun's phrase. */
  private static boolean locative(SentenceWords ws, int k) {
    for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
      if (!ws.joined(j + 1) || ws.capital(j)) {
        return false;
      }
      if (ws.is(j, PlaceWords.Role.LOCATIVE)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words no lexicon knows, from {@code from}: the name. */
  private static int nameEnd(SentenceWords ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < MAX_WORDS && ws.capital(k)
        && (k == from || ws.joined(k)) && ws.role(k) == null
        && ws.facts(k).demonymCountry() == null) {
      k++;
    }
    return k;
  }

  /**
   * Whether the apposition closes after the name: a full stop, or a comma not followed by a
   * description of a person ("Ahmed Shah, a farmer, said").
   */
  private static boolean closed(String text, SentenceWords ws, int end) {
    int after = ws.end(end - 1);
    if (after >= text.length() || text.charAt(after) == '.') {
      return true;
    }
    if (!text.startsWith(", ", after) || end >= ws.size()) {
      return false;
    }
    return !(ws.keyIs(end, "a") || ws.keyIs(end, "an") || ws.keyIs(end, "the"));
  }

  private static boolean covered(List<PlaceMention> found, int start, int end) {
    for (PlaceMention m : found) {
      if (m.start() < end && m.end() > start) {
        return true;
      }
    }
    return false;
  }
}
